package org.xiangli.kiosk.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;

/**
 * Run in a child JVM by {@link PowerCutTest}: commits numbered events one by one, announcing each on stdout,
 * then opens a long transaction and writes until it is killed.
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        Database db = Database.open(Path.of(args[0]));
        int commits = Integer.parseInt(args[1]);
        KioskEventRepository events = new KioskEventRepository(db);
        for (int i = 1; i <= commits; i++) {
            events.record(Instant.EPOCH, "committed", String.valueOf(i));
            System.out.println("committed " + i);
            System.out.flush();
        }
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kiosk_event(at, kind, detail) VALUES (?, ?, ?)")) {
                for (long n = 0; ; n++) {
                    ps.setString(1, Instant.EPOCH.toString());
                    ps.setString(2, "uncommitted");
                    ps.setString(3, String.valueOf(n));
                    ps.executeUpdate();
                    if (n == 2000) {
                        System.out.println("inside transaction");
                        System.out.flush();
                    }
                }
            }
        });
    }
}
