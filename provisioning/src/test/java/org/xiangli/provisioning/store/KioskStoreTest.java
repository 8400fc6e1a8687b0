package org.xiangli.provisioning.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.store.Database;

/** Who owns the kiosk's database after kioskctl created it: the kiosk user when kioskctl ran as root. */
class KioskStoreTest {

    @TempDir
    Path dir;
    final StringWriter log = new StringWriter();

    @Test
    void asRootTheNewDatabaseItsWalAndShmAndTheFoldersMadeForItGoToTheKioskUser() {
        Recording owners = new Recording(true);
        Path file = dir.resolve("var/lib/xiangli/kiosk.db");

        try (Database db = KioskStore.open(file, owners, "xiangli", new PrintWriter(log, true))) {
            assertEquals(List.of(dir.resolve("var"), dir.resolve("var/lib"), dir.resolve("var/lib/xiangli"), file,
                    file.resolveSibling("kiosk.db-wal"), file.resolveSibling("kiosk.db-shm")), owners.given);
            assertTrue(owners.users.stream().allMatch("xiangli"::equals));
        }
        assertEquals("", log.toString());
    }

    @Test
    void notAsRootNothingIsGivenAway() {
        Recording owners = new Recording(false);

        try (Database db = KioskStore.open(dir.resolve("kiosk.db"), owners, "xiangli", new PrintWriter(log, true))) {
            assertEquals(List.of(), owners.given);
        }
    }

    @Test
    void withoutTheKioskUserTheDatabaseOpensAndTheTechnicianIsTold() {
        Recording owners = new Recording(true);
        owners.missingUser = true;

        try (Database db = KioskStore.open(dir.resolve("kiosk.db"), owners, "xiangli", new PrintWriter(log, true))) {
            assertTrue(db.schemaVersion() > 0, "opened and migrated");
        }
        assertTrue(log.toString().contains("there is no user xiangli"), log.toString());
    }

    @Test
    void asRealRootTheFilesChangeOwner() throws IOException {
        FileOwners system = FileOwners.system();
        assumeTrue(system.isRoot(), "needs root (CI and the dev VM run as root)");
        // 'daemon' stands in for the kiosk user: a user and a group of that name on every Debian.
        Path file = dir.resolve("data/kiosk.db");

        try (Database db = KioskStore.open(file, system, "daemon", new PrintWriter(log, true))) {
            for (Path p : List.of(file.getParent(), file, file.resolveSibling("kiosk.db-wal"))) {
                assertEquals("daemon", Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).getName(), p.toString());
            }
        }
    }

    /** Records what would be given to whom. */
    private static final class Recording implements FileOwners {
        final boolean root;
        final List<Path> given = new ArrayList<>();
        final List<String> users = new ArrayList<>();
        boolean missingUser;

        Recording(boolean root) {
            this.root = root;
        }

        @Override
        public boolean isRoot() {
            return root;
        }

        @Override
        public void giveTo(Path file, String user) throws IOException {
            if (missingUser) {
                throw new UserPrincipalNotFoundException(user);
            }
            given.add(file);
            users.add(user);
        }
    }
}
