package org.xiangli.hal.card;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An 18-character resident ID number (GB 11643): 6-digit area code, birth date, 3-digit sequence and an
 * ISO 7064 MOD 11-2 check character. Holding one proves only that the number is well formed.
 */
public record CitizenIdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public CitizenIdNumber {
        Objects.requireNonNull(value, "value");
        Problem problem = check(value);
        if (problem != Problem.NONE) {
            throw new IllegalArgumentException("Invalid citizen ID number: " + problem.describe());
        }
    }

    /** Parses a number typed or read from a card; a lower-case x is accepted as the check character. */
    public static CitizenIdNumber parse(String text) {
        return new CitizenIdNumber(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** What is wrong with a candidate number, for a message that says it. */
    public enum Problem {
        NONE("ok"),
        LENGTH("must be 18 characters"),
        CHARACTERS("the first 17 characters must be digits, the last a digit or X"),
        BIRTH_DATE("characters 7-14 are not a real birth date"),
        CHECK_DIGIT("the check character does not match");

        private final String description;

        Problem(String description) {
            this.description = description;
        }

        public String describe() {
            return description;
        }
    }

    public static Problem check(String value) {
        if (value.length() != 18) {
            return Problem.LENGTH;
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                return Problem.CHARACTERS;
            }
        }
        char last = value.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            return Problem.CHARACTERS;
        }
        if (birthDateOf(value) == null) {
            return Problem.BIRTH_DATE;
        }
        return checkCharacter(value.substring(0, 17)) == last ? Problem.NONE : Problem.CHECK_DIGIT;
    }

    /**
     * Whether a partly typed number can still become valid: used by keypads to flag a wrong digit as it is typed.
     * Only the 18th character can be checked against the others; earlier prefixes are judged on their characters.
     */
    public static boolean isPlausiblePrefix(String prefix) {
        if (prefix.length() > 18) {
            return false;
        }
        for (int i = 0; i < Math.min(prefix.length(), 17); i++) {
            if (!isAsciiDigit(prefix.charAt(i))) {
                return false;
            }
        }
        if (prefix.length() >= 14 && birthDateOf(prefix) == null) {
            return false;
        }
        return prefix.length() < 18 || check(prefix) == Problem.NONE;
    }

    /** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 digits, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("not a digit at position " + (i + 1));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** Sequence digits are odd for men and even for women. */
    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** The number with all but the first 4 and last 4 characters hidden, as printed on screens and receipts. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
    }

    @Override
    public String toString() {
        // Never let a full ID number reach a log line by accident.
        return masked();
    }

    private static LocalDate birthDateOf(String value) {
        try {
            int year = Integer.parseInt(value.substring(6, 10));
            int month = Integer.parseInt(value.substring(10, 12));
            int day = Integer.parseInt(value.substring(12, 14));
            if (year < 1870) {
                return null;
            }
            return LocalDate.of(year, month, day);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
