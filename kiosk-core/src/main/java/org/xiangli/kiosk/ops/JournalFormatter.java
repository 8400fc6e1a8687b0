package org.xiangli.kiosk.ops;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The one log format of the kiosk and kioskctl (both log through {@code System.Logger} into java.util.logging, and
 * Javalin through slf4j-jdk14).
 * <ul>
 *   <li>Under systemd ({@code $JOURNAL_STREAM} set: stderr is a journal stream) each line starts with its syslog
 *       priority, {@code <3>} SEVERE, {@code <4>} WARNING, {@code <6>} INFO and CONFIG, {@code <7>} FINE and below,
 *       and carries no timestamp, since the journal stamps every entry itself. {@code journalctl -u xiangli-kiosk -p
 *       warning} then shows device faults and nothing else. Every line of a multi-line message or stack trace gets
 *       the prefix, because journald reads each line as an entry of its own.</li>
 *   <li>Anywhere else (a terminal, a test, a file): {@value #FORMAT} in {@link java.util.Formatter} syntax, the
 *       arguments as {@link SimpleFormatter} gives them: date, source, logger, level, message, stack trace.</li>
 * </ul>
 * The mode is decided once, from the environment handed to the constructor. {@code JOURNAL_STREAM} is inherited by
 * children whose stderr may have been redirected elsewhere; a prefix there is harmless and still greppable.
 *
 * <p>{@link #install()} puts it on the root logger's console handler at start-up; a logging.properties file may also
 * name it ({@code java.util.logging.ConsoleHandler.formatter=org.xiangli.kiosk.ops.JournalFormatter}).
 * Instances are immutable and thread-safe.
 */
public final class JournalFormatter extends Formatter {

    /** The format off the journal: "2026-11-23 08:30:00 WARNING org.xiangli.hal...: message". */
    public static final String FORMAT = "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n";

    private final boolean journal;
    private final ZoneId zone;

    /** From this process's environment and time zone (what java.util.logging calls for a configured formatter). */
    public JournalFormatter() {
        this(System.getenv(), ZoneId.systemDefault());
    }

    /** From the given environment (tests hand in a map) and the zone for timestamps off the journal. */
    public JournalFormatter(Map<String, String> environment, ZoneId zone) {
        this.journal = underJournal(environment);
        this.zone = zone;
    }

    /** True when systemd connected stdout/stderr to the journal: it then sets {@code $JOURNAL_STREAM}. */
    public static boolean underJournal(Map<String, String> environment) {
        String stream = environment.get("JOURNAL_STREAM");
        return stream != null && !stream.isBlank();
    }

    /** Whether this formatter writes journal lines (priority prefixes, no timestamp). */
    public boolean journal() {
        return journal;
    }

    /** The syslog priority of a level: 3 (err), 4 (warning), 6 (info) or 7 (debug). */
    public static int priority(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return 3;
        }
        if (value >= Level.WARNING.intValue()) {
            return 4;
        }
        if (value >= Level.CONFIG.intValue()) {
            return 6;
        }
        return 7;
    }

    @Override
    public String format(LogRecord record) {
        String message = formatMessage(record);
        String thrown = thrown(record);
        String level = record.getLevel().getLocalizedName();
        String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
        if (!journal) {
            ZonedDateTime time = ZonedDateTime.ofInstant(record.getInstant(), zone);
            return String.format(FORMAT, time, source(record, logger), logger, level, message, thrown);
        }
        String prefix = "<" + priority(record.getLevel()) + ">";
        StringBuilder out = new StringBuilder();
        (level + " " + logger + ": " + message + thrown).lines()
                .forEach(line -> out.append(prefix).append(line).append('\n'));
        return out.toString();
    }

    /**
     * Puts a formatter from this process's environment on every console handler of the root logger that still has
     * the JDK's default {@link SimpleFormatter}; a formatter a logging.properties file chose is left alone.
     */
    public static void install() {
        install(Logger.getLogger(""), new JournalFormatter());
    }

    /** As {@link #install()}, onto the given logger's handlers with the given formatter. */
    public static void install(Logger root, JournalFormatter formatter) {
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler && handler.getFormatter() instanceof SimpleFormatter) {
                handler.setFormatter(formatter);
            }
        }
    }

    private static String source(LogRecord record, String logger) {
        if (record.getSourceClassName() == null) {
            return logger;
        }
        return record.getSourceClassName()
                + (record.getSourceMethodName() == null ? "" : " " + record.getSourceMethodName());
    }

    /** As SimpleFormatter's sixth argument: empty, or a line break and the stack trace. */
    private static String thrown(LogRecord record) {
        if (record.getThrown() == null) {
            return "";
        }
        StringWriter trace = new StringWriter();
        trace.append(System.lineSeparator());
        try (PrintWriter writer = new PrintWriter(trace)) {
            record.getThrown().printStackTrace(writer);
        }
        return trace.toString().stripTrailing();
    }
}
