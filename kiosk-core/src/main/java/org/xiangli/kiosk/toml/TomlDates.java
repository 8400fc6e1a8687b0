package org.xiangli.kiosk.toml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Dates and times as RFC 3339 writes them, the four TOML kinds: {@code 1979-05-27T07:32:00-08:00} (an
 * {@code OffsetDateTime}), {@code 1979-05-27T07:32:00} ({@code LocalDateTime}), {@code 1979-05-27}
 * ({@code LocalDate}) and {@code 07:32:00.5} ({@code LocalTime}). The T may be a t or a space; seconds are required
 * (TOML 1.0); fractions finer than nanoseconds are cut off, as the spec asks.
 */
final class TomlDates {

    private final String word;
    private final int line;
    private final int column;
    /** Where the last part read ended. */
    private int end;

    private TomlDates(String word, int line, int column) {
        this.word = word;
        this.line = line;
        this.column = column;
    }

    /** {@code YYYY-MM-DD} and nothing more. */
    static boolean isDate(String s) {
        return s.length() == 10 && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 2) && s.charAt(7) == '-'
                && digits(s, 8, 2);
    }

    /** Whether a word looks meant as a date or a time: {@code 1979-...} or {@code 07:...}. */
    static boolean isDateTimeStart(String s) {
        return (s.length() > 4 && digits(s, 0, 4) && s.charAt(4) == '-')
                || (s.length() > 2 && digits(s, 0, 2) && s.charAt(2) == ':');
    }

    static Object parse(String word, int line, int column) {
        return new TomlDates(word, line, column).value();
    }

    private Object value() {
        if (word.charAt(2) == ':') {
            LocalTime time = time(0);
            if (end != word.length()) {
                throw invalid();
            }
            return time;
        }
        if (word.length() < 10 || !isDate(word.substring(0, 10))) {
            throw invalid();
        }
        LocalDate date = date();
        if (word.length() == 10) {
            return date;
        }
        char separator = word.charAt(10);
        if (separator != 'T' && separator != 't' && separator != ' ') {
            throw invalid();
        }
        LocalTime time = time(11);
        if (end == word.length()) {
            return LocalDateTime.of(date, time);
        }
        return OffsetDateTime.of(date, time, offset());
    }

    private LocalDate date() {
        int year = number(0, 4);
        int month = number(5, 2);
        int day = number(8, 2);
        if (month < 1 || month > 12) {
            throw invalid("month " + month + " does not exist");
        }
        if (day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            throw invalid("day " + day + " does not exist in " + word.substring(0, 7));
        }
        return LocalDate.of(year, month, day);
    }

    /** {@code HH:MM:SS} and an optional fraction, from {@code at}; sets {@link #end}. */
    private LocalTime time(int at) {
        if (word.length() < at + 5 || !digits(word, at, 2) || word.charAt(at + 2) != ':' || !digits(word, at + 3, 2)) {
            throw invalid();
        }
        if (word.length() < at + 8 || word.charAt(at + 5) != ':' || !digits(word, at + 6, 2)) {
            throw invalid("a time needs seconds, e.g. " + word.substring(at, at + 5) + ":00");
        }
        int hour = number(at, 2);
        int minute = number(at + 3, 2);
        int second = number(at + 6, 2);
        if (hour > 23 || minute > 59 || second > 59) {
            throw invalid("the time " + word.substring(at, at + 8) + " does not exist (00:00:00 to 23:59:59)");
        }
        end = at + 8;
        int nanos = 0;
        if (end < word.length() && word.charAt(end) == '.') {
            int from = end + 1;
            end = from;
            while (end < word.length() && TomlScalars.isDigit(word.charAt(end))) {
                end++;
            }
            if (end == from) {
                throw invalid("a '.' in a time must be followed by digits");
            }
            for (int i = from; i < from + 9; i++) {
                nanos = nanos * 10 + (i < end ? word.charAt(i) - '0' : 0);
            }
        }
        return LocalTime.of(hour, minute, second, nanos);
    }

    /** {@code Z} or {@code +HH:MM}/{@code -HH:MM} from {@link #end} to the end of the word. */
    private ZoneOffset offset() {
        char sign = word.charAt(end);
        if ((sign == 'Z' || sign == 'z') && end + 1 == word.length()) {
            return ZoneOffset.UTC;
        }
        if ((sign != '+' && sign != '-') || word.length() != end + 6 || !digits(word, end + 1, 2)
                || word.charAt(end + 3) != ':' || !digits(word, end + 4, 2)) {
            throw invalid();
        }
        int hours = number(end + 1, 2);
        int minutes = number(end + 4, 2);
        if (hours > 18 || minutes > 59 || (hours == 18 && minutes > 0)) {
            throw invalid("the offset " + word.substring(end) + " is out of range (-18:00 to +18:00)");
        }
        return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    }

    private int number(int at, int length) {
        int n = 0;
        for (int i = at; i < at + length; i++) {
            n = n * 10 + (word.charAt(i) - '0');
        }
        return n;
    }

    private static boolean digits(String s, int at, int count) {
        if (s.length() < at + count) {
            return false;
        }
        for (int i = at; i < at + count; i++) {
            if (!TomlScalars.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private TomlSyntaxException invalid() {
        return invalid("write a date as 1979-05-27, a time as 07:32:00, or both as 1979-05-27T07:32:00 with an"
                + " optional offset Z or +08:00");
    }

    private TomlSyntaxException invalid(String why) {
        return TextCursor.errorAt(line, column, "'" + word + "' is not a valid date or time: " + why);
    }
}
