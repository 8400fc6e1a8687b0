package org.xiangli.provisioning;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xiangli.kiosk.ops.JournalFormatter;

/**
 * How much kioskctl logs. A technician at a terminal wants the command's answer, not sixteen lines of "migrated to
 * schema version N": warnings and errors only, unless {@code -v}. Under systemd (xiangli-sync.service) the journal
 * keeps INFO, and {@code journalctl -p} filters.
 */
final class LogLevels {

    // Held so the level set here is not lost when the logger is collected (java.util.logging keeps weak references).
    private static final Logger ROOT = Logger.getLogger("");

    private LogLevels() {
    }

    static void quiet(Map<String, String> environment) {
        ROOT.setLevel(JournalFormatter.underJournal(environment) ? Level.INFO : Level.WARNING);
    }

    static void verbose(int count) {
        Level level = count >= 2 ? Level.ALL : Level.INFO;
        ROOT.setLevel(level);
        for (var handler : ROOT.getHandlers()) {
            handler.setLevel(level);
        }
    }
}
