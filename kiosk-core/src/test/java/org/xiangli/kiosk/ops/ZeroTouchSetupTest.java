package org.xiangli.kiosk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.ops.ProvisioningCodeException.Reason;

class ZeroTouchSetupTest {

    private static final String CONFIG = """
            [station]
            code = "360121-007"
            name = "柳溪村便民服务站"
            [devices]
            mode = "hardware"
            """;

    @TempDir
    Path dir;

    private final KeyPair county = newKey();
    private final PublisherKey countyKey = PublisherKey.of(county.getPublic());

    @Test
    void givenACodeSignedByTheCountyKey_whenScanned_thenTheConfigIsWrittenAndLoads() throws Exception {
        Path file = dir.resolve("kiosk.toml");
        String code = ProvisioningCode.sign(CONFIG, county.getPrivate(), countyKey);

        KioskConfig config = setup(file).apply(code);

        assertEquals("360121-007", config.station().code());
        assertEquals("柳溪村便民服务站", new ConfigLoader().load(file).station().name());
        assertTrue(code.chars().allMatch(c -> c < 128), "ASCII only, for scanners in keyboard mode");
    }

    @Test
    void givenACodeSignedByAnotherKey_whenScanned_thenItIsRefusedAsUnknownAndNothingIsWritten() {
        KeyPair stranger = newKey();
        Path file = dir.resolve("kiosk.toml");
        String code = ProvisioningCode.sign(CONFIG, stranger.getPrivate(), PublisherKey.of(stranger.getPublic()));

        ProvisioningCodeException e = assertThrows(ProvisioningCodeException.class, () -> setup(file).apply(code));

        assertEquals(Reason.UNKNOWN_KEY, e.reason());
        assertTrue(e.getMessage().contains("unknown key"), e.getMessage());
        assertTrue(e.getMessage().contains("不受信任"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void givenACodeWhoseConfigWasChanged_whenScanned_thenTheSignatureIsRefused() {
        Path file = dir.resolve("kiosk.toml");
        String code = ProvisioningCode.sign(CONFIG, county.getPrivate(), countyKey);
        String forged = ProvisioningCode.sign(CONFIG.replace("360121-007", "EVIL-1"), newKey().getPrivate(), countyKey);
        // The forger claims the county's key id, with the county's signature on a different config.
        String[] original = code.split("\\.");
        String[] tampered = forged.split("\\.");
        String mixed = String.join(".", original[0], original[1], tampered[2], original[3]);

        ProvisioningCodeException e = assertThrows(ProvisioningCodeException.class, () -> setup(file).apply(mixed));

        assertEquals(Reason.BAD_SIGNATURE, e.reason());
        assertTrue(e.getMessage().contains("signature is not valid"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void givenASignedCodeWithAnInvalidConfig_whenScanned_thenTheConfigProblemIsNamed() {
        String code = ProvisioningCode.sign("[display]\norientation = \"sideways\"\n", county.getPrivate(), countyKey);

        ProvisioningCodeException e = assertThrows(ProvisioningCodeException.class,
                () -> setup(dir.resolve("kiosk.toml")).apply(code));

        assertEquals(Reason.BAD_CONFIG, e.reason());
        assertTrue(e.getMessage().contains("display.orientation"), e.getMessage());
    }

    @Test
    void givenDamagedOrForeignCodes_whenScanned_thenEachIsRefusedClearlyOrYieldsTheSignedConfigUnchanged()
            throws Exception {
        Random random = new Random(7);
        String valid = ProvisioningCode.sign(CONFIG, county.getPrivate(), countyKey);
        for (int i = 0; i < 2000; i++) {
            char[] chars = valid.toCharArray();
            int flips = 1 + random.nextInt(4);
            for (int f = 0; f < flips; f++) {
                chars[random.nextInt(chars.length)] = (char) (32 + random.nextInt(95));
            }
            String scanned = i % 10 == 0 ? "https://xiangli.example/bill?" + i : new String(chars);
            try {
                // A flip in a Base64 character's unused low bits decodes to the same bytes: still the county's.
                assertEquals(CONFIG, ProvisioningCode.verify(scanned, new TrustedKeys(List.of(countyKey))).configToml());
            } catch (ProvisioningCodeException e) {
                assertTrue(e.getMessage().contains(" / "), "bilingual: " + e.getMessage());
            }
        }
    }

    @Test
    void countyKeysFileSkipsCommentsAndNamesABadLine() throws Exception {
        Path keys = dir.resolve("county-keys.pub");
        Files.writeString(keys, "# 青石县\n" + countyKey.encoded() + "\n\n", StandardCharsets.UTF_8);
        assertEquals(List.of(countyKey.id()), ZeroTouchSetup.readCountyKeys(keys).keys().stream()
                .map(PublisherKey::id).toList());

        Files.writeString(keys, "ed25519:" + Base64.getEncoder().encodeToString(new byte[5]) + "\n");
        var e = assertThrows(java.io.IOException.class, () -> ZeroTouchSetup.readCountyKeys(keys));
        assertTrue(e.getMessage().contains("county-keys.pub"), e.getMessage());
    }

    private ZeroTouchSetup setup(Path file) {
        return new ZeroTouchSetup(new TrustedKeys(List.of(countyKey)), file);
    }

    private static KeyPair newKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
