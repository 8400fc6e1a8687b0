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

    @Test
    void theIssuedFileAlsoSaysWhichCountyAndBrokerSoTheKioskCanJoinFromItAlone() throws IOException {
        FleetCredential.Enrolment e = FleetCredential.parse(
                FleetCredential.text("360781", "QS-001", "s3cret", Optional.of("ssl://mqtt:8883")), "stick");
        assertEquals("QS-001", e.credential().user());
        assertEquals(Optional.of("360781"), e.county());
        assertEquals(Optional.of("ssl://mqtt:8883"), e.brokerUrl());
        assertEquals(Optional.empty(), FleetCredential.parse("user=A\npassword=b\n", "old").brokerUrl());
    }

    @Test
    void randomTextIsEitherACredentialOrRefusedWithTheSourceNamed() {
        java.util.Random random = new java.util.Random(16);
        String[] parts = {"user=", "password=", "county=", "broker_url=", "QS-001", "\n", "#", " ", "=", "密码", "\r"};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(random.nextBoolean() ? parts[random.nextInt(parts.length)] : (char) random.nextInt(0x3000));
            }
            try {
                FleetCredential.Enrolment e = FleetCredential.parse(text.toString(), "fuzz.credential");
                assertTrue(!e.credential().user().isEmpty() && e.credential().password().length > 0);
            } catch (IOException e) {
                assertTrue(e.getMessage().startsWith("fuzz.credential: "), e.getMessage());
            }
        }
    }
}
