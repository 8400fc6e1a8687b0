package org.xiangli.provisioning.fleet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.fleet.FleetCredential;
import org.xiangli.provisioning.KioskCtl;
import org.xiangli.provisioning.Output;

class FleetJoinCommandTest {

    @TempDir
    Path dir;

    private Path config() throws Exception {
        Path config = dir.resolve("kiosk.toml");
        Files.writeString(config, "# 青石村\n[station]\ncode = \"QS-001\"\n\n[fleet]\ncredential_file = \""
                + dir.resolve("etc/fleet.credential") + "\"\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r-----"));
        Files.createDirectories(dir.resolve("etc"));
        return config;
    }

    /** As it comes off a FAT-formatted stick: everyone may read it. */
    private Path stick(String text) throws Exception {
        Path file = dir.resolve("stick/QS-001.credential");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }

    private static Output join(Path config, Path credential, String... more) {
        String[] args = new String[4 + more.length + 2];
        args[0] = "fleet";
        args[1] = "join";
        args[2] = "--config";
        args[3] = config.toString();
        args[4] = "--credential";
        args[5] = credential.toString();
        System.arraycopy(more, 0, args, 6, more.length);
        return Output.run(() -> KioskCtl.run(args));
    }

    @Test
    void theHubsFileIsInstalledOwnerAndGroupOnlyAndTheConfigJoinsTheCounty() throws Exception {
        Path config = config();
        Path credential = stick(FleetCredential.text("360781", "QS-001", "s3cret", Optional.of("ssl://mqtt:8883")));

        Output run = join(config, credential);

        assertEquals(0, run.exitCode(), run.err());
        Path installed = dir.resolve("etc/fleet.credential");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(installed)));
        assertArrayEquals("s3cret".toCharArray(), FleetCredential.read(installed).password(),
                "the kiosk's own reader accepts it");
        KioskConfig joined = new ConfigLoader().load(config);
        assertEquals("ssl://mqtt:8883", joined.fleet().orElseThrow().brokerUrl());
        assertEquals("360781", joined.fleet().orElseThrow().county());
        String text = Files.readString(config);
        assertTrue(text.startsWith("# 青石村\n"), "comments kept: " + text);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(config)),
                "the config keeps its mode, so the kiosk's group can still read it");
        assertTrue(run.out().contains("systemctl restart xiangli-kiosk"), run.out());
    }

    @Test
    void anotherStationsCredentialIsRefusedAndNothingChanges() throws Exception {
        Path config = config();
        String before = Files.readString(config);
        Path credential = stick(FleetCredential.text("360781", "QS-002", "s3cret", Optional.of("ssl://mqtt:8883")));

        Output run = join(config, credential);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("QS-002") && run.err().contains("QS-001"), run.err());
        assertEquals(before, Files.readString(config));
        assertFalse(Files.exists(dir.resolve("etc/fleet.credential")));
    }

    @Test
    void aBadBrokerAddressAMissingFileOrNotACredentialIsRefusedWithTheReasonAndNothingChanges() throws Exception {
        Path config = config();
        String before = Files.readString(config);

        Output badUrl = join(config, stick(FleetCredential.text("360781", "QS-001", "pw", Optional.empty())),
                "--broker-url", "http://mqtt");
        assertEquals(2, badUrl.exitCode());
        assertTrue(badUrl.err().contains("fleet.broker_url"), badUrl.err());

        Output noBroker = join(config, stick(FleetCredential.text("360781", "QS-001", "pw", Optional.empty())));
        assertEquals(2, noBroker.exitCode());
        assertTrue(noBroker.err().contains("--broker-url"), noBroker.err());

        Output missing = join(config, dir.resolve("stick/none.credential"));
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("none.credential"), missing.err());

        Output junk = join(config, stick("这不是凭据\n"));
        assertEquals(2, junk.exitCode());
        assertTrue(junk.err().contains("not a fleet credential"), junk.err());

        assertEquals(before, Files.readString(config));
        assertFalse(Files.exists(dir.resolve("etc/fleet.credential")));
    }
}
