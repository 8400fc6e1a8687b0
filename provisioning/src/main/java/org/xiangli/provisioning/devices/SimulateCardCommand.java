package org.xiangli.provisioning.devices;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Scanner;
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

    @Option(names = "--duration", defaultValue = "0", description = "seconds to run; 0 runs until stopped (at a terminal it then takes commands)")
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
            if (System.console() != null && duration == 0) {
                trainerConsole(reader);
            } else {
                SimulationTime.runFor(duration);
            }
        }
        return ExitCodes.OK;
    }

    /** At a terminal, the trainer places and removes cards and switches faults by typing. */
    private static void trainerConsole(VirtualCardReader reader) {
        System.out.println("输入 / type: 1-" + DemoIdentities.ALL.size() + " place card, 0 remove, "
                + "fault none|no-card|bad-checksum|read-failure|silent, quit");
        Scanner input = new Scanner(System.in, StandardCharsets.UTF_8);
        while (input.hasNextLine()) {
            String line = input.nextLine().strip();
            if (line.equals("quit")) {
                return;
            }
            if (line.matches("[0-9]") && Integer.parseInt(line) <= DemoIdentities.ALL.size()) {
                int number = Integer.parseInt(line);
                if (number == 0) {
                    reader.removeCard();
                    System.out.println("card removed");
                } else {
                    reader.placeCard(DemoIdentities.ALL.get(number - 1));
                    System.out.println("placed " + DemoIdentities.ALL.get(number - 1).maskedName());
                }
            } else if (line.startsWith("fault ")) {
                try {
                    reader.setFault(VirtualCardReader.Fault.valueOf(
                            line.substring(6).strip().toUpperCase(Locale.ROOT).replace('-', '_')));
                    System.out.println("fault set");
                } catch (IllegalArgumentException e) {
                    System.out.println("unknown fault: " + line.substring(6));
                }
            } else if (!line.isEmpty()) {
                System.out.println("not understood: " + line);
            }
        }
    }
}
