package org.xiangli.provisioning.enroll;

import org.xiangli.provisioning.Output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.provisioning.KioskCtl;

class EnrollCommandTest {

    @TempDir
    Path dir;

    @Test
    void givenAConfiguredStation_whenEnroll_thenOwnerOnlyKeysAndAReadableQrWithThePublicKey() throws Exception {
        Path config = dir.resolve("kiosk.toml");
        Files.writeString(config, "[station]\ncode = \"360121-007\"\n");
        Path keys = dir.resolve("keys");
        Path png = dir.resolve("enroll.png");

        Output run = Output.run(() -> KioskCtl.run("enroll", "--keys-dir", keys.toString(), "--config",
                config.toString(), "--qr", png.toString()));

        assertEquals(0, run.exitCode(), run.err());
        for (String secret : new String[] {DeviceIdentity.IDENTITY_FILE, DeviceIdentity.PAYMENTS_KEY_FILE}) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(secret))));
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)));
        String publicKey = PublisherKeyFiles.readPublic(keys.resolve(DeviceIdentity.IDENTITY_PUBLIC_FILE)).encoded();
        String scanned = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(png.toFile())))),
                // The PNG is the bare code: read its modules directly (finder detection misses some clean codes).
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertEquals("XLE1.360121-007." + publicKey, scanned);
        assertTrue(run.out().matches("(?s).*enrollment code: [0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}.*"),
                run.out());
        String dataKey = Files.readString(keys.resolve(DeviceIdentity.PAYMENTS_KEY_FILE)).lines()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElseThrow();
        assertTrue(!run.out().contains(dataKey), "the data key is never printed");
        // The kiosk's own loader reads it (the format is the kiosk's, not a look-alike).
        org.xiangli.kiosk.payments.store.DataKey.load(keys.resolve(DeviceIdentity.PAYMENTS_KEY_FILE));
    }

    @Test
    void givenAnEnrolledDevice_whenEnrollAgainWithoutForce_thenTheIdentityIsKept() throws Exception {
        Path keys = dir.resolve("keys");
        assertEquals(0, Output.run(() -> KioskCtl.run("enroll", "--keys-dir", keys.toString(), "--config",
                dir.resolve("none.toml").toString())).exitCode());
        String before = Files.readString(keys.resolve(DeviceIdentity.IDENTITY_FILE));

        Output again = Output.run(() -> KioskCtl.run("enroll", "--keys-dir", keys.toString(), "--config",
                dir.resolve("none.toml").toString()));

        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("--force"), again.err());
        assertEquals(before, Files.readString(keys.resolve(DeviceIdentity.IDENTITY_FILE)));
    }

    @Test
    void givenAnEnrolledDevice_whenEnrollWithForce_thenANewIdentityButTheSamePaymentsDataKey() throws Exception {
        Path keys = dir.resolve("keys");
        assertEquals(0, Output.run(() -> KioskCtl.run("enroll", "--keys-dir", keys.toString(), "--config",
                dir.resolve("none.toml").toString())).exitCode());
        String identity = Files.readString(keys.resolve(DeviceIdentity.IDENTITY_FILE));
        String dataKey = Files.readString(keys.resolve(DeviceIdentity.PAYMENTS_KEY_FILE));

        Output again = Output.run(() -> KioskCtl.run("enroll", "--keys-dir", keys.toString(), "--config",
                dir.resolve("none.toml").toString(), "--force"));

        assertEquals(0, again.exitCode(), again.err());
        assertTrue(!identity.equals(Files.readString(keys.resolve(DeviceIdentity.IDENTITY_FILE))));
        assertEquals(dataKey, Files.readString(keys.resolve(DeviceIdentity.PAYMENTS_KEY_FILE)),
                "a new data key would make the imported ledger unreadable");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                keys.resolve(DeviceIdentity.PAYMENTS_KEY_FILE))));
    }

    @Test
    void aKeyWithTheAes256LabelOfEarlyEnrolmentsLoads() throws Exception {
        Path file = dir.resolve("old.key");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, "# Xiangli payments data key (AES-256). Never copy it.\naes256:"
                + java.util.Base64.getEncoder().encodeToString(new byte[32]) + "\n");

        assertEquals(org.xiangli.kiosk.payments.store.DataKey.of(new byte[32]),
                org.xiangli.kiosk.payments.store.DataKey.load(file));
    }
}
