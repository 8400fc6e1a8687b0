package org.xiangli.provisioning.diag;

import org.xiangli.provisioning.Output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.config.PinHash;
import org.xiangli.kiosk.store.Database;
import org.xiangli.provisioning.KioskCtl;

class DiagCommandTest {

    @TempDir
    Path dir;

    @Test
    void givenAKioskWithSecrets_whenDiag_thenTheZipHasEverySectionAndNoSecret() throws Exception {
        String pinHash = PinHash.hash("8642");
        Path data = Files.createDirectories(dir.resolve("data"));
        Path config = dir.resolve("kiosk.toml");
        Files.writeString(config, """
                [station]
                code = "360121-007"
                [content]
                feed_url = "https://county:s3cretFeedPw@county.example/feed.json"
                [technician]
                pin_hash = "%s"
                [data]
                dir = "%s"
                """.formatted(pinHash, data), StandardCharsets.UTF_8);
        try (Database db = Database.open(data.resolve("kiosk.db"))) {
            db.schemaVersion();
        }
        Path keys = dir.resolve("keys");
        assertEquals(0, Output.run(() -> KioskCtl.run("enroll", "--keys-dir", keys.toString(), "--config",
                config.toString())).exitCode());
        List<String> keyMaterial = Files.readAllLines(keys.resolve("payments-data.key")).stream()
                .filter(l -> l.startsWith("aes256:")).map(l -> l.substring(7)).toList();
        List<String> identity = Files.readAllLines(keys.resolve("device.key")).stream()
                .filter(l -> l.startsWith("pkcs8:")).map(l -> l.substring(6)).toList();
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(logs.resolve("kiosk.log"), "12:00 INFO started\n12:01 WARNING login password=hunter2xyz\n"
                + "12:02 DEBUG loaded key aes256:" + keyMaterial.getFirst() + "\n12:03 pin " + pinHash + "\n");
        Path zip = dir.resolve("diag.zip");

        Output run = Output.run(() -> KioskCtl.run("diag", "-o", zip.toString(), "--config", config.toString(),
                "--log-dir", logs.toString(), "--keys-dir", keys.toString(), "--no-system"));

        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> entries = unzip(zip);
        assertEquals(List.of("README.txt", "versions.txt", "access.txt", "config.toml", "devices.txt", "database.txt",
                "system.txt",
                "logs/kiosk.log"), List.copyOf(entries.keySet()));
        assertTrue(entries.get("database.txt").contains("integrity_check: ok"), entries.get("database.txt"));
        assertTrue(entries.get("config.toml").contains("360121-007"));
        assertTrue(entries.get("logs/kiosk.log").contains("12:00 INFO started"));
        assertTrue(entries.get("system.txt").contains("MB free"));
        String all = String.join("\n", entries.values());
        for (String secret : List.of(pinHash, "s3cretFeedPw", "hunter2xyz", keyMaterial.getFirst(), identity.getFirst())) {
            assertFalse(all.contains(secret), "leaked: " + secret);
        }
    }

    @Test
    void givenNoConfigAndNoDatabase_whenDiag_thenTheZipSaysSoInsteadOfFailing() throws Exception {
        Path zip = dir.resolve("diag.zip");

        Output run = Output.run(() -> KioskCtl.run("diag", "-o", zip.toString(), "--config",
                dir.resolve("absent.toml").toString(), "--log-dir", dir.resolve("nologs").toString(),
                "--db", dir.resolve("absent.db").toString(), "--no-system"));

        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> entries = unzip(zip);
        assertTrue(entries.get("config.toml").contains("no config"));
        assertTrue(entries.get("database.txt").contains("no database"));
    }

    @Test
    void givenFilesTheKioskUserCannotOpen_whenDiag_thenEachIsNamedWithItsModeAndOwnerAndThePackageVersionIsGiven()
            throws Exception {
        java.util.function.BiConsumer<Path, String> mode = (p, m) -> {
            try {
                Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(m));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        mode.accept(dir, "rwxr-xr-x");
        Path data = Files.createDirectories(dir.resolve("data"));
        Path config = Files.writeString(dir.resolve("kiosk.toml"), "[data]\ndir = \"" + data + "\"\n");
        Path logs = Files.createDirectories(dir.resolve("logs"));
        // As a root command leaves them: the config 0600, the data folder root's, the log folder open to all.
        mode.accept(config, "rw-------");
        mode.accept(data, "rwxr-xr-x");
        mode.accept(logs, "rwxrwxrwx");
        Path zip = dir.resolve("diag.zip");

        // The test runs as root; "nobody" stands for the kiosk's user.
        Output run = Output.run(() -> KioskCtl.run("diag", "-o", zip.toString(), "--config", config.toString(),
                "--log-dir", logs.toString(), "--kiosk-user", "nobody", "--no-system"));

        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "owners other than the test's user need root");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("nobody: " + config + ": cannot read (mode rw-------, owner root:root)"),
                run.out());
        assertTrue(run.out().contains("nobody: " + data + ": cannot write in the folder"), run.out());
        assertFalse(run.out().contains(logs + ":"), "the log folder can be written: " + run.out());
        assertTrue(run.out().contains("package xiangli "), run.out());
        Map<String, String> entries = unzip(zip);
        assertTrue(entries.get("access.txt").contains(config + ": cannot read"), entries.get("access.txt"));
        assertTrue(entries.get("versions.txt").contains("package xiangli "), entries.get("versions.txt"));
    }

    @Test
    void givenLinksPlantedByTheKioskUser_whenDiagRunsAsRoot_thenNoTargetIsReadOrWrittenAndTheZipIsPrivate()
            throws Exception {
        Path secret = dir.resolve("shadow");
        Files.writeString(secret, "root:TOP-SECRET-HASH:19000\n");
        Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(logs.resolve("kiosk.log"), "12:00 INFO started\n");
        Files.createSymbolicLink(logs.resolve("kiosk.log.1"), secret);
        Path config = dir.resolve("kiosk.toml");
        Files.createSymbolicLink(config, secret);
        Path zip = dir.resolve("diag.zip");
        Files.createSymbolicLink(zip, secret);

        Output run = Output.run(() -> KioskCtl.run("diag", "-o", zip.toString(), "--config", config.toString(),
                "--log-dir", logs.toString(), "--db", dir.resolve("absent.db").toString(), "--no-system"));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("root:TOP-SECRET-HASH:19000\n", Files.readString(secret), "the link's target is not written");
        assertFalse(Files.isSymbolicLink(zip), "the zip replaced the link");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(zip)));
        Map<String, String> entries = unzip(zip);
        assertTrue(entries.get("logs/kiosk.log").contains("started"));
        assertTrue(entries.get("logs/kiosk.log.1").contains("not read"), entries.get("logs/kiosk.log.1"));
        assertFalse(String.join("\n", entries.values()).contains("TOP-SECRET"), "nothing of the target is in the zip");
    }

    @Test
    void redactorHidesSecretKeysUrlPasswordsAndKeyLines() {
        Redactor redactor = new Redactor(List.of());
        String out = redactor.redact("pin_hash = \"x\"\nadmin_password = 1234\nfeed_url = \"http://u:p4ss@h/f\"\n"
                + "pkcs8:QUJDREVGRw==\nstation = \"甲村\"\n12:00 login user=li token: abc123 ok\n");
        assertEquals("pin_hash = \"<redacted>\"\nadmin_password = \"<redacted>\"\nfeed_url = \"http://<redacted>@h/f\"\n"
                + "pkcs8:<redacted>\nstation = \"甲村\"\n12:00 login user=li token: <redacted> ok\n", out);
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
