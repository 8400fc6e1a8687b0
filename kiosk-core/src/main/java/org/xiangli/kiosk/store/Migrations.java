package org.xiangli.kiosk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered schema migrations, applied in order; {@code PRAGMA user_version} records the last one applied.
 * A migration is never edited once released: a change is a new file at the end of {@link #FILES}.
 */
public final class Migrations {

    /**
     * In order; a file's version is the number after its V. A jar cannot list its own folder, so they are named
     * here. Numbers are handed out to branches ahead of their merge, so the list may skip one for a while: a skipped
     * number applies nothing.
     */
    static final List<String> FILES = List.of(
            "V1__content.sql",
            "V2__service_guide.sql",
            "V3__kiosk_events.sql",
            "V4__content_bundles.sql",
            "V5__queue.sql",
            "V6__payments.sql",
            "V7__content_search_order.sql",
            "V8__queue_admin.sql",
            "V9__content_by_publisher.sql",
            "V10__staff_sessions.sql",
            "V11__technician_pin.sql",
            "V12__help_calls.sql",
            "V13__demo_accounts.sql",
            "V14__errands.sql",
            "V15__requests.sql");

    private Migrations() {
    }

    public static int latestVersion() {
        return version(FILES.getLast());
    }

    static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }

    /** The SQL statements of migration {@code version} (1-based). */
    static List<String> statements(int version) {
        java.util.Optional<String> file = FILES.stream().filter(f -> version(f) == version).findFirst();
        if (file.isEmpty()) {
            return List.of();
        }
        return statements(Migrations.class, "migrations/" + file.get());
    }

    /**
     * The SQL statements of the migration file {@code resource}, found beside {@code anchor}: the kiosk's own, and
     * another store's with its own list of files (the county hub's).
     */
    public static List<String> statements(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration missing from the jar: " + resource);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits on ';' at line ends; our migrations hold no triggers or string literals with ';'. */
    static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
