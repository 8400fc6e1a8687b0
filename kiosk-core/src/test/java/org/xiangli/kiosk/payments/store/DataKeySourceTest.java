package org.xiangli.kiosk.payments.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the kiosk reads its payments data key: the systemd credential first, the configured file otherwise, and
 * in demo mode a key of its own. The environment is a map handed in, never the real one.
 */
class DataKeySourceTest {

    @TempDir
    Path dir;

    @Test
    void theSystemdCredentialComesBeforeTheConfiguredFile() throws IOException {
        Path credentials = Files.createDirectories(dir.resolve("run/credentials/xiangli-kiosk.service"));
        // As systemd leaves it: readable by the service's user only.
        DataKey fromCredential = write(credentials.resolve("payments.key"), 1, "r--------");
        Path configured = dir.resolve("payments.key");
        DataKey fromConfig = write(configured, 2, "rw-------");
        assertNotEquals(fromCredential, fromConfig);

        DataKeySource source = DataKeySource.kiosk(configured, Map.of("CREDENTIALS_DIRECTORY",
                credentials.toString()));

        assertEquals(credentials.resolve("payments.key"), source.file());
        assertEquals(fromCredential, source.load());
    }

    @Test
    void withoutSystemdCredentialsTheConfiguredFileIsRead() throws IOException {
        Path configured = dir.resolve("payments.key");
        DataKey key = write(configured, 3, "rw-------");

        assertEquals(key, DataKeySource.kiosk(configured, Map.of("HOME", "/root")).load());
        assertEquals(key, DataKeySource.kiosk(configured, Map.of("CREDENTIALS_DIRECTORY", "")).load());
    }

    @Test
    void credentialsWithoutThePaymentsKeyFallBackToTheConfiguredFile() throws IOException {
        Path credentials = Files.createDirectories(dir.resolve("credentials"));
        Files.writeString(credentials.resolve("other.token"), "x");
        Path configured = dir.resolve("payments.key");
        DataKey key = write(configured, 4, "rw-------");

        assertEquals(key, DataKeySource.kiosk(configured, Map.of("CREDENTIALS_DIRECTORY",
                credentials.toString())).load());
    }

    @Test
    void outsideDemoModeAMissingKeyIsReportedAndNotCreated() {
        Path configured = dir.resolve("payments.key");
        Path credentials = dir.resolve("credentials");

        IOException e = assertThrows(IOException.class, () -> DataKeySource.kiosk(configured,
                Map.of("CREDENTIALS_DIRECTORY", credentials.toString())).load());

        assertTrue(e.getMessage().contains(configured.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(credentials.resolve("payments.key").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("kioskctl enroll"), e.getMessage());
        assertFalse(Files.exists(configured), "only demo mode makes its own key");
    }

    @Test
    void demoModeMakesAnOwnerOnlyKeyOnceAndKeepsIt() throws IOException {
        Path file = dir.resolve("demo/payments.key");

        DataKey first = DataKeySource.demo(file).load();
        DataKey again = DataKeySource.demo(file).load();

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first, again);
    }

    @Test
    void aKeyOthersCanReadIsRefused() throws IOException {
        Path configured = dir.resolve("payments.key");
        write(configured, 5, "rw-r--r--");

        IOException e = assertThrows(IOException.class, () -> DataKeySource.kiosk(configured, Map.of()).load());

        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    private static DataKey write(Path file, int seed, String mode) throws IOException {
        byte[] root = new byte[32];
        root[0] = (byte) seed;
        Files.writeString(file, "# test key\n" + Base64.getEncoder().encodeToString(root) + "\n",
                StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return DataKey.of(root);
    }
}
