package org.xiangli.provisioning.payments;

import java.nio.file.Path;
import java.util.List;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.payments.store.DataKeySource;
import org.xiangli.provisioning.install.InstallLayout;

/**
 * The payments data key as kioskctl (root) finds it: the device's key, which the kiosk unit passes to the kiosk
 * as a systemd credential, else the config's {@code payments.key_file} (a developer's machine). So a ledger
 * imported by kioskctl is sealed with the key the kiosk reads.
 */
final class PaymentsKeys {

    private PaymentsKeys() {
    }

    static DataKeySource of(KioskConfig config) {
        return DataKeySource.firstOf(List.of(Path.of(InstallLayout.PAYMENTS_KEY_FILE), config.paymentsKeyFile()));
    }
}
