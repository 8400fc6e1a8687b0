package org.xiangli.kiosk.queue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.xiangli.kiosk.store.Database;

/** Data access for the service guide. Lists are stored one entry per line. */
public final class ServiceGuideRepository {

    private final Database db;

    public ServiceGuideRepository(Database db) {
        this.db = db;
    }

    public void replaceAll(List<ServiceItem> services) {
        db.transaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM service");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO service(letter, name, documents, steps, "
                         + "fees, time_limit, windows, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                delete.executeUpdate();
                int order = 0;
                for (ServiceItem s : services) {
                    insert.setString(1, String.valueOf(s.letter()));
                    insert.setString(2, s.name());
                    insert.setString(3, String.join("\n", s.documents()));
                    insert.setString(4, String.join("\n", s.steps()));
                    insert.setString(5, s.fees());
                    insert.setString(6, s.timeLimit());
                    insert.setString(7, s.windows().stream().map(String::valueOf).collect(Collectors.joining(",")));
                    insert.setInt(8, order++);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    public List<ServiceItem> all() {
        return db.transaction(c -> {
            List<ServiceItem> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT letter, name, documents, steps, fees, time_limit, "
                    + "windows FROM service ORDER BY sort_order, letter");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ServiceItem(rs.getString(1).charAt(0), rs.getString(2), lines(rs.getString(3)),
                            lines(rs.getString(4)), rs.getString(5), rs.getString(6),
                            Arrays.stream(rs.getString(7).split(",")).filter(s -> !s.isBlank())
                                    .map(Integer::valueOf).toList()));
                }
            }
            return out;
        });
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
