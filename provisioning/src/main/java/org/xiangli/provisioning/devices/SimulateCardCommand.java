package org.xiangli.provisioning.devices;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.hal.card.VirtualCardReader;
import org.xiangli.hal.device.SerialLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl simulate card}: a SAM reader with a demo card on it (or none, or a fault). */
@Command(name = "card", mixinStandardHelpOptions = true,
        description = {"Simulate an ID-card reader with a fictional demo card placed on it.", "模拟身份证阅读器。"})
final class SimulateCardCommand implements Callable<Integer> {

    @Option(names = "--port", required = true, description = "port or pty to serve on")
    String port;

    @Option(names = "--baud", defaultValue = "115200", description = "baud rate (default ${DEFAULT-VALUE})")
    int baud;

    @Option(names = "--card", defaultValue = "1",
            description = "demo card to place (1-4, listed when it starts), 0 for none (default ${DEFAULT-VALUE})")
    int card;

    @Option(names = "--fault", defaultValue = "none",
            description = "none, no-card, bad-checksum, read-failure or silent (default ${DEFAULT-VALUE})")
    String fault;

    @Option(names = "--duration", defaultValue = "0", description = "seconds to run; 0 runs until stopped")
    int duration;

    @Override
    public Integer call() throws InterruptedException {
        if (card < 0 || card > DemoIdentities.ALL.size()) {
            System.err.println("--card must be 0.." + DemoIdentities.ALL.size());
            return ExitCodes.DEVICE_PROBLEM;
        }
        VirtualCardReader.Fault mode;
        try {
            mode = VirtualCardReader.Fault.valueOf(fault.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            System.err.println("unknown --fault " + fault);
            return ExitCodes.DEVICE_PROBLEM;
        }
        try (VirtualCardReader reader = new VirtualCardReader(port, SerialLink.opener(port, baud))) {
            reader.setFault(mode);
            if (card > 0) {
                IdentityCard placed = DemoIdentities.ALL.get(card - 1);
                reader.placeCard(placed);
                System.out.println("模拟读卡器 / simulated reader on " + port + " with card " + placed.maskedName()
                        + " " + placed.idNumber().masked() + ", fault " + mode);
            } else {
                System.out.println("模拟读卡器 / simulated reader on " + port + ", no card, fault " + mode);
            }
            for (int i = 0; i < DemoIdentities.ALL.size(); i++) {
                IdentityCard demo = DemoIdentities.ALL.get(i);
                System.out.println("  --card " + (i + 1) + ": " + demo.maskedName() + ", born " + demo.birthDate()
                        + ", valid to " + demo.validUntilText());
            }
            reader.start();
            SimulationTime.runFor(duration);
        }
        return ExitCodes.OK;
    }
}
