package org.xiangli.provisioning.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.xiangli.kiosk.store.Database;
import org.xiangli.provisioning.install.InstallLayout;

/**
 * The kiosk's database as kioskctl opens it. kioskctl usually runs as root (sudo); a {@code kiosk.db} it creates —
 * {@code users add}, {@code payments import} or {@code content import} before the kiosk's first start — would be
 * root's, 0644, and the kiosk (user {@value InstallLayout#USER}) could then only fail with SQLITE_READONLY. So as
 * root the database, its {@code -wal} and {@code -shm} and any folder the open created are given to the kiosk user.
 * (While a file is root's, SQLite itself gives a new {@code -wal}/{@code -shm} the database's owner.)
 */
public final class KioskStore {

    private KioskStore() {
    }

    /** As {@link #open(Path, PrintWriter)}, telling standard error. */
    public static Database open(Path file) {
        return open(file, new PrintWriter(System.err, true));
    }

    /** Opens {@code file} (creating it if needed); {@code log} hears what could not be handed over. */
    public static Database open(Path file, PrintWriter log) {
        return open(file, FileOwners.system(), InstallLayout.USER, log);
    }

    static Database open(Path file, FileOwners owners, String kioskUser, PrintWriter log) {
        List<Path> newFolders = missingFolders(file.toAbsolutePath().getParent());
        Database db = Database.open(file);
        if (owners.isRoot()) {
            handOver(file, newFolders, owners, kioskUser, log);
        }
        return db;
    }

    /** The folders Database.open will create for {@code dir}, outermost first. */
    private static List<Path> missingFolders(Path dir) {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.addFirst(p);
        }
        return missing;
    }

    private static void handOver(Path file, List<Path> newFolders, FileOwners owners, String user, PrintWriter log) {
        List<Path> paths = new ArrayList<>(newFolders);
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path p = file.resolveSibling(file.getFileName() + suffix);
            // Only a regular file: a symbolic link in its place is left alone, never followed.
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                paths.add(p);
            }
        }
        for (Path p : paths) {
            try {
                owners.giveTo(p, user);
            } catch (UserPrincipalNotFoundException e) {
                log.println("note: there is no user " + user + " (run 'kioskctl install' or install the package); "
                        + file + " stays root's and the kiosk cannot write it until it is given to " + user);
                return;
            } catch (IOException e) {
                log.println("warning: cannot give " + p + " to " + user + " (" + e.getMessage()
                        + "); the kiosk cannot write it: chown " + user + ":" + user + " " + p);
            }
        }
    }
}
