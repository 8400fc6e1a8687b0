package org.xiangli.kiosk.ops.screens;

import org.xiangli.kiosk.ops.ProvisioningCode;
import org.xiangli.kiosk.ops.SetupFlow;
import org.xiangli.kiosk.ops.ZeroTouchSetup;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.i18n.Messages;

/** The set-up screen on JavaFX's headless platform, typed into the way a keyboard-mode scanner types. */
class SetupScreenTest {

    @TempDir
    Path dir;

    @Test
    void givenAScannerTypingASignedCode_whenEnter_thenTheScreenSaysConfiguredAndCallsBackOnce() throws Exception {
        KeyPair county = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        PublisherKey key = PublisherKey.of(county.getPublic());
        String code = ProvisioningCode.sign("[station]\ncode = \"A-1\"\nname = \"甲村\"\n", county.getPrivate(), key);
        FxUi.startToolkit();
        FxUi ui = new FxUi();
        AtomicInteger configured = new AtomicInteger();

        List<String> texts = ui.call(() -> {
            SetupScreen screen = new SetupScreen(new SetupFlow(new ZeroTouchSetup(new TrustedKeys(List.of(key)),
                    dir.resolve("kiosk.toml"))), new Messages(Locale.SIMPLIFIED_CHINESE), configured::incrementAndGet);
            assertTrue(labels(screen.root()).contains("请扫描配置二维码"));
            for (char c : (code + "\r").toCharArray()) {
                Event.fireEvent(screen.root(), new KeyEvent(KeyEvent.KEY_TYPED, Character.toString(c), "",
                        KeyCode.UNDEFINED, false, false, false, false));
            }
            Event.fireEvent(screen.root(), new KeyEvent(KeyEvent.KEY_TYPED, "\r", "", KeyCode.UNDEFINED,
                    false, false, false, false));
            return labels(screen.root());
        });

        assertTrue(texts.contains("配置成功，终端正在重新启动"), texts.toString());
        assertTrue(texts.contains("甲村"), texts.toString());
        assertEquals(1, configured.get());
    }

    @Test
    void givenASerialScannerCodeFromAnUnknownKey_whenScanned_thenTheScreenSaysTheKeyIsNotTrusted() throws Exception {
        KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        PublisherKey trusted = PublisherKey.of(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic());
        String code = ProvisioningCode.sign("[station]\ncode = \"A-1\"\n", stranger.getPrivate(),
                PublisherKey.of(stranger.getPublic()));
        FxUi.startToolkit();
        FxUi ui = new FxUi();

        List<String> texts = ui.call(() -> {
            SetupScreen screen = new SetupScreen(new SetupFlow(new ZeroTouchSetup(new TrustedKeys(List.of(trusted)),
                    dir.resolve("kiosk.toml"))), new Messages(Locale.SIMPLIFIED_CHINESE), () -> { });
            screen.scanned(code);
            return labels(screen.root());
        });

        assertTrue(texts.contains("二维码的签名密钥不受信任，请联系县里技术人员"), texts.toString());
    }

    private static List<String> labels(javafx.scene.Parent root) {
        return ((Pane) root).getChildren().stream().filter(Label.class::isInstance).map(Node.class::cast)
                .map(n -> ((Label) n).getText()).toList();
    }
}
