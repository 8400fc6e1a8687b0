package org.xiangli.provisioning.payments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.payments.store.DataKey;
import org.xiangli.provisioning.content.KioskTarget;
import org.xiangli.provisioning.install.InstallLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kioskctl payments key}: creates the payments data key (owner-only) unless it exists; part of enrolment. */
@Command(name = "key", mixinStandardHelpOptions = true,
        description = {"Create the payments data key file (mode 600) at payments.key_file if it does not exist yet.",
            "On a device 'kioskctl enroll' (and install) create " + InstallLayout.PAYMENTS_KEY_FILE
                + ", which the kiosk gets as the systemd credential payments.key."})
final class PaymentsKeyCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "Kiosk config (default: as the kiosk finds it).")
    Path config;

    @Override
    public Integer call() {
        try {
            Path file = KioskTarget.resolve(config, null).config().paymentsKeyFile();
            DataKey.createIfMissing(file);
            DataKey.load(file);
            System.out.println("payments data key: " + file);
            return 0;
        } catch (ConfigException | IOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
