package org.xiangli.kiosk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.i18n.Messages;

class SetupFlowTest {

    @TempDir
    Path dir;

    @Test
    void givenTheKeystrokesOfASignedCode_whenEnter_thenTheKioskIsConfigured() throws Exception {
        KeyPair county = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        PublisherKey key = PublisherKey.of(county.getPublic());
        Path file = dir.resolve("kiosk.toml");
        SetupFlow flow = new SetupFlow(new ZeroTouchSetup(new TrustedKeys(List.of(key)), file));
        String code = ProvisioningCode.sign("[station]\ncode = \"A-1\"\nname = \"甲村\"\n", county.getPrivate(), key);

        assertEquals("setup.scan", flow.state().messageKey());
        code.chars().forEach(c -> flow.typed(Character.toString(c)));
        assertFalse(flow.state().configured(), "nothing happens before Enter");
        SetupFlow.State state = flow.typed("\r");

        assertTrue(state.configured());
        assertEquals("setup.done", state.messageKey());
        assertEquals("甲村", state.detail());
        assertTrue(Files.exists(file));
    }

    @Test
    void givenACodeFromAnUnknownKey_whenScanned_thenTheScreenSaysSoAndStaysOnSetup() throws Exception {
        KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        PublisherKey trusted = PublisherKey.of(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic());
        SetupFlow flow = new SetupFlow(new ZeroTouchSetup(new TrustedKeys(List.of(trusted)), dir.resolve("k.toml")));

        SetupFlow.State state = flow.scanned(ProvisioningCode.sign("[station]\ncode = \"A-1\"\n",
                stranger.getPrivate(), PublisherKey.of(stranger.getPublic())));

        assertEquals("setup.refused.unknown_key", state.messageKey());
        assertFalse(state.configured());
        assertTrue(state.detail().contains("unknown key"), state.detail());
    }

    @Test
    void everyStateHasAChineseAndAnEnglishMessage() {
        List<String> keys = List.of("setup.scan", "setup.hint", "setup.done", "setup.write_failed");
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = new Messages(locale).bundle();
            for (String k : keys) {
                assertTrue(bundle.containsKey(k), k);
            }
            for (ProvisioningCodeException.Reason reason : ProvisioningCodeException.Reason.values()) {
                assertTrue(bundle.containsKey("setup.refused." + reason.name().toLowerCase(Locale.ROOT)), reason.name());
            }
        }
        assertEquals("请扫描配置二维码", new Messages(Locale.SIMPLIFIED_CHINESE).get("setup.scan"));
        assertEquals("Please scan the provisioning QR code", new Messages(Locale.ENGLISH).get("setup.scan"));
    }
}
