package org.xiangli.kiosk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.XMLFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JournalFormatterTest {

    private static final Map<String, String> UNDER_SYSTEMD = Map.of("JOURNAL_STREAM", "8:123456");
    private static final Map<String, String> IN_A_TERMINAL = Map.of("TERM", "xterm");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String LOGGER = "org.xiangli.hal.printer.ReceiptPrinter";
    private static final Instant AT = Instant.parse("2026-11-23T00:30:05Z");

    private static LogRecord record(Level level, String message, Object... parameters) {
        LogRecord record = new LogRecord(level, message);
        record.setInstant(AT);
        record.setLoggerName(LOGGER);
        record.setParameters(parameters);
        return record;
    }

    /** As SimpleFormatter writes a level: in the JVM's language (WARNING, or 警告 under zh_CN). */
    private static String name(String level) {
        return Level.parse(level).getLocalizedName();
    }

    @ParameterizedTest
    @CsvSource({"SEVERE, 3", "WARNING, 4", "INFO, 6", "CONFIG, 6", "FINE, 7", "FINER, 7", "FINEST, 7"})
    void givenSystemd_whenALevelIsLogged_thenTheLineStartsWithItsSyslogPriorityAndHasNoTimestamp(String level,
            int priority) {
        JournalFormatter formatter = new JournalFormatter(UNDER_SYSTEMD, SHANGHAI);

        String line = formatter.format(record(Level.parse(level), "paper out at {0}", "printer 1"));

        assertEquals("<" + priority + ">" + name(level) + " " + LOGGER + ": paper out at printer 1\n", line);
        assertFalse(line.contains("2026"), line);
    }

    @Test
    void givenSystemd_whenAMessageSpansLinesOrCarriesAStackTrace_thenEveryLineHasThePriority() {
        JournalFormatter formatter = new JournalFormatter(UNDER_SYSTEMD, SHANGHAI);
        LogRecord record = record(Level.WARNING, "ticket A012 not printed:\nshown on screen");
        record.setThrown(new IOException("cover open"));

        List<String> lines = formatter.format(record).lines().toList();

        assertTrue(lines.size() > 3, lines.toString());
        assertEquals("<4>" + name("WARNING") + " " + LOGGER + ": ticket A012 not printed:", lines.get(0));
        assertEquals("<4>shown on screen", lines.get(1));
        assertEquals("<4>java.io.IOException: cover open", lines.get(2));
        assertTrue(lines.stream().allMatch(l -> l.startsWith("<4>")), lines.toString());
        assertTrue(lines.get(3).startsWith("<4>\tat "), lines.get(3));
    }

    @ParameterizedTest
    @CsvSource({"SEVERE", "WARNING", "INFO", "CONFIG", "FINE", "FINEST"})
    void offTheJournal_eachLevelKeepsTheKiosksFormatWithDateAndTime(String level) {
        JournalFormatter formatter = new JournalFormatter(IN_A_TERMINAL, SHANGHAI);

        String line = formatter.format(record(Level.parse(level), "paper out at {0}", "printer 1"));

        assertEquals("2026-11-23 08:30:05 " + name(level) + " " + LOGGER + ": paper out at printer 1"
                + System.lineSeparator(), line);
        assertFalse(line.startsWith("<"), line);
    }

    @Test
    void offTheJournal_aStackTraceFollowsOnItsOwnLines() {
        JournalFormatter formatter = new JournalFormatter(IN_A_TERMINAL, ZoneOffset.UTC);
        LogRecord record = record(Level.SEVERE, "cannot write the config");
        record.setThrown(new IllegalStateException("disk full"));

        List<String> lines = formatter.format(record).lines().toList();

        assertEquals("2026-11-23 00:30:05 " + name("SEVERE") + " " + LOGGER + ": cannot write the config",
                lines.get(0));
        assertEquals("java.lang.IllegalStateException: disk full", lines.get(1));
        assertTrue(lines.get(2).startsWith("\tat "), lines.get(2));
    }

    @Test
    void theJournalIsRecognisedByJournalStreamAloneAndNotWhenItIsEmpty() {
        assertTrue(JournalFormatter.underJournal(UNDER_SYSTEMD));
        assertFalse(JournalFormatter.underJournal(IN_A_TERMINAL));
        assertFalse(JournalFormatter.underJournal(Map.of("JOURNAL_STREAM", "")));
        assertFalse(JournalFormatter.underJournal(Map.of("INVOCATION_ID", "abc")));
    }

    @Test
    void installReplacesTheDefaultConsoleFormatterButNotOneAConfigFileChose() {
        Logger root = Logger.getAnonymousLogger();
        root.setUseParentHandlers(false);
        ConsoleHandler plain = new ConsoleHandler();
        plain.setFormatter(new SimpleFormatter());
        ConsoleHandler chosen = new ConsoleHandler();
        XMLFormatter xml = new XMLFormatter();
        chosen.setFormatter(xml);
        root.addHandler(plain);
        root.addHandler(chosen);
        JournalFormatter formatter = new JournalFormatter(UNDER_SYSTEMD, SHANGHAI);

        JournalFormatter.install(root, formatter);

        assertSame(formatter, plain.getFormatter());
        assertSame(xml, chosen.getFormatter());
        assertInstanceOf(JournalFormatter.class, plain.getFormatter());
        plain.close();
        chosen.close();
    }
}
