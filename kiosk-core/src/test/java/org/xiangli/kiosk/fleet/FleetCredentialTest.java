package org.xiangli.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetCredentialTest {

    @TempDir
    Path dir;

    @Test
    void theFileTheHubIssuesReadsBackAsTheStationsLogin() throws IOException {
        Path file = dir.resolve("fleet.credential");
        Files.writeString(file, FleetCredential.text("360781", "QS-001", "s3cret", Optional.of("ssl://mqtt:8883")));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        FleetCredential c = FleetCredential.read(file);
        assertEquals("QS-001", c.user());
        assertArrayEquals("s3cret".toCharArray(), c.password());
    }

    @Test
    void aCredentialEveryoneMayReadOrWithoutAPasswordIsRefused() throws IOException {
        Path open = dir.resolve("open.credential");
        Files.writeString(open, "user=QS-001\npassword=x\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(assertThrows(IOException.class, () -> FleetCredential.read(open)).getMessage().contains("640"));
        Path empty = dir.resolve("empty.credential");
        Files.writeString(empty, "user=QS-001\n");
        Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rw-------"));
        assertThrows(IOException.class, () -> FleetCredential.read(empty));
        assertThrows(IOException.class, () -> FleetCredential.read(dir.resolve("missing")));
    }
}
