package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.kiosk.payments.screens.PaymentsUnavailableScreen;
import org.xiangli.kiosk.payments.store.DataKeySource;

/**
 * A kiosk (not in demo mode) that finds no payments data key, neither as a systemd credential nor at the
 * configured path: it starts, says "暂不可用" on the payments tile and explains on the page, and makes no key.
 */
class PaymentsUnavailableTest {

    @TempDir
    Path dataDir;

    KioskFixture kiosk;
    KioskShell shell;

    @BeforeEach
    void start() {
        kiosk = new KioskFixture(dataDir, 1920, 1080, Locale.SIMPLIFIED_CHINESE, c -> c,
                c -> DataKeySource.kiosk(c.paymentsKeyFile(), Map.of("CREDENTIALS_DIRECTORY",
                        dataDir.resolve("no-credentials").toString())));
        shell = kiosk.shell();
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void theKioskStartsAndThePaymentsTileSaysItIsUnavailable() {
        assertFalse(kiosk.app().paymentsAvailable());
        assertFalse(Files.exists(dataDir.resolve("payments.key")), "no key is made outside demo mode");
        Button tile = kiosk.ui().call(() -> SceneWalker.first(shell.root(), Button.class,
                b -> b.getStyleClass().contains("tile-payments")));
        assertTrue(kiosk.ui().call(() -> SceneWalker.allText(shell.root())).contains("暂不可用"));
        kiosk.screenshot("payments-unavailable-home");

        kiosk.ui().run(tile::fire);

        assertInstanceOf(PaymentsUnavailableScreen.class, kiosk.ui().call(shell::current));
        assertTrue(kiosk.ui().call(() -> SceneWalker.allText(shell.root())).contains("缴费查询暂不可用"));
        kiosk.screenshot("payments-unavailable");
        // A card laid on the reader there does nothing, and home is one touch away.
        kiosk.ui().run(() -> shell.onCardRead(DemoIdentities.WANG_XIUYING));
        assertInstanceOf(PaymentsUnavailableScreen.class, kiosk.ui().call(shell::current));
        kiosk.ui().run(shell::goHome);
        assertTrue(kiosk.ui().call(() -> shell.depth() == 1));
    }
}
