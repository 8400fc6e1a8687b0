package org.xiangli.kiosk.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.Sql;

/**
 * Data access for the service guide. Lists are stored one entry per line, windows comma-separated. Disabled windows
 * (table {@code service_window}) are left out of what the kiosk and the queue see, so disabling one takes effect
 * at the next read, without a restart.
 */
public final class ServiceGuideRepository {

    private final Database db;

    public ServiceGuideRepository(Database db) {
        this.db = db;
    }

    public void replaceAll(List<ServiceItem> services) {
        List<Object[]> rows = new ArrayList<>();
        for (ServiceItem s : services) {
            rows.add(new Object[] {String.valueOf(s.letter()), s.name(), String.join("\n", s.documents()),
                String.join("\n", s.steps()), s.fees(), s.timeLimit(), windowList(s.windows()), rows.size()});
        }
        db.transaction(c -> {
            Sql.update(c, "DELETE FROM service");
            Sql.batch(c, "INSERT INTO service(letter, name, documents, steps, fees, time_limit, windows, sort_order) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
            return null;
        });
    }

    /** What the kiosk offers: enabled services, each with its enabled windows, those with none left out. */
    public List<ServiceItem> all() {
        return db.transaction(c -> open(c, false));
    }

    /**
     * What the windows serve: as {@link #all()}, plus disabled services, whose tickets already waiting must still
     * be called.
     */
    public List<ServiceItem> serving() {
        return db.transaction(c -> open(c, true));
    }

    /** Every service as stored, disabled ones and disabled windows included (the admin page). */
    public List<ServiceEntry> entries() {
        return db.transaction(ServiceGuideRepository::entries);
    }

    /** Adds a service at the end of the guide, or updates the one with its letter in place. */
    public void save(ServiceEntry entry) {
        ServiceItem s = entry.item();
        db.transaction(c -> Sql.update(c, "INSERT INTO service(letter, name, documents, steps, fees, time_limit, "
                + "windows, sort_order, disabled) VALUES (?, ?, ?, ?, ?, ?, ?, "
                + "(SELECT coalesce(max(sort_order), -1) + 1 FROM service), ?) ON CONFLICT(letter) DO UPDATE SET "
                + "name = excluded.name, documents = excluded.documents, steps = excluded.steps, "
                + "fees = excluded.fees, time_limit = excluded.time_limit, windows = excluded.windows, "
                + "disabled = excluded.disabled", String.valueOf(s.letter()), s.name(),
                String.join("\n", s.documents()), String.join("\n", s.steps()), s.fees(), s.timeLimit(),
                windowList(s.windows()), entry.disabled() ? 1 : 0));
    }

    /** Deletes a service from the guide (kioskctl services remove); issued tickets keep their letter. */
    public void delete(char letter) {
        db.transaction(c -> Sql.update(c, "DELETE FROM service WHERE letter = ?", String.valueOf(letter)));
    }

    /** Makes {@code window} serve exactly {@code letters}: added to their window lists, removed from the others. */
    public void setWindowServices(int window, Set<Character> letters) {
        db.transaction(c -> {
            List<Object[]> rows = new ArrayList<>();
            for (ServiceEntry e : entries(c)) {
                List<Integer> windows = new ArrayList<>(e.item().windows());
                windows.remove(Integer.valueOf(window));
                if (letters.contains(e.item().letter())) {
                    windows.add(window);
                }
                rows.add(new Object[] {windowList(windows.stream().sorted().toList()),
                    String.valueOf(e.item().letter())});
            }
            Sql.batch(c, "UPDATE service SET windows = ? WHERE letter = ?", rows);
            return null;
        });
    }

    private static List<ServiceItem> open(Connection c, boolean withDisabledServices) throws SQLException {
        Set<Integer> closed = new HashSet<>(Sql.list(c, "SELECT number FROM service_window WHERE disabled = 1",
                rs -> rs.getInt(1)));
        List<ServiceItem> out = new ArrayList<>();
        for (ServiceEntry e : entries(c)) {
            ServiceItem s = e.item();
            List<Integer> windows = s.windows().stream().filter(w -> !closed.contains(w)).toList();
            if ((withDisabledServices || !e.disabled()) && !windows.isEmpty()) {
                out.add(new ServiceItem(s.letter(), s.name(), s.documents(), s.steps(), s.fees(), s.timeLimit(),
                        windows));
            }
        }
        return out;
    }

    private static List<ServiceEntry> entries(Connection c) throws SQLException {
        return Sql.list(c, "SELECT letter, name, documents, steps, fees, time_limit, windows, disabled FROM service "
                + "ORDER BY sort_order, letter", rs -> new ServiceEntry(new ServiceItem(rs.getString(1).charAt(0),
                rs.getString(2), lines(rs.getString(3)), lines(rs.getString(4)), rs.getString(5), rs.getString(6),
                Arrays.stream(rs.getString(7).split(",")).filter(s -> !s.isBlank()).map(Integer::valueOf).toList()),
                rs.getInt(8) == 1));
    }

    private static String windowList(List<Integer> windows) {
        return windows.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
