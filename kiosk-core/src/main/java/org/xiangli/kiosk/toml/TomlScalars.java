package org.xiangli.kiosk.toml;

/**
 * The values that are one word: {@code true}/{@code false}, integers (decimal with {@code _} between digits, or
 * {@code 0x}, {@code 0o}, {@code 0b}), floats ({@code 3.14}, {@code 1e-3}, {@code inf}, {@code nan}) and dates and
 * times ({@link TomlDates}), which may hold one space between the date and the time.
 */
final class TomlScalars {

    private final String word;
    private final int line;
    private final int column;

    private TomlScalars(String word, int line, int column) {
        this.word = word;
        this.line = line;
        this.column = column;
    }

    static boolean isWordChar(int c) {
        return TomlKeys.isBare(c) || c == '+' || c == '.' || c == ':';
    }

    /** The word here as a value; the cursor stands on its first char, a word char. */
    static Object read(TextCursor in) {
        int line = in.line();
        int column = in.column();
        int from = in.mark();
        while (isWordChar(in.peek())) {
            in.next();
        }
        if (in.mark() - from == 10 && TomlDates.isDate(in.since(from)) && in.peek() == ' ' && isDigit(in.peek(1))
                && isDigit(in.peek(2)) && in.peek(3) == ':') {
            // "1979-05-27 07:32:00": RFC 3339 lets a space stand for the T.
            in.next();
            while (isWordChar(in.peek())) {
                in.next();
            }
        }
        return new TomlScalars(in.since(from), line, column).value();
    }

    private Object value() {
        switch (word) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "inf", "+inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "nan", "+nan", "-nan":
                return Double.NaN;
            default:
                break;
        }
        if (TomlDates.isDateTimeStart(word)) {
            return TomlDates.parse(word, line, column);
        }
        char first = word.charAt(0);
        if (!isDigit(first) && first != '+' && first != '-' && first != '.') {
            throw invalid("'" + word + "' is not a value: text must be in quotes, e.g. \"" + word + "\"");
        }
        if (word.startsWith("0x") || word.startsWith("0o") || word.startsWith("0b")) {
            return radixInteger();
        }
        if (word.indexOf('.') >= 0 || word.indexOf('e') >= 0 || word.indexOf('E') >= 0) {
            return decimalFloat();
        }
        return decimalInteger();
    }

    private Long radixInteger() {
        int radix = switch (word.charAt(1)) {
            case 'x' -> 16;
            case 'o' -> 8;
            default -> 2;
        };
        String digits = word.substring(2);
        if (!digitGroups(digits, radix)) {
            throw invalid("'" + word + "' is not a number: after " + word.substring(0, 2)
                    + " come base-" + radix + " digits, with '_' only between two of them");
        }
        try {
            return Long.parseLong(digits.replace("_", ""), radix);
        } catch (NumberFormatException e) {
            throw outOfRange();
        }
    }

    private Long decimalInteger() {
        int start = word.charAt(0) == '+' || word.charAt(0) == '-' ? 1 : 0;
        String digits = word.substring(start);
        checkIntegerPart(digits);
        try {
            return Long.parseLong(word.substring(0, start) + digits.replace("_", ""));
        } catch (NumberFormatException e) {
            throw outOfRange();
        }
    }

    private Double decimalFloat() {
        int start = word.charAt(0) == '+' || word.charAt(0) == '-' ? 1 : 0;
        int exponent = Math.max(word.indexOf('e'), word.indexOf('E'));
        int end = exponent >= 0 ? exponent : word.length();
        int dot = word.indexOf('.');
        if (dot > end) {
            throw invalid("'" + word + "' is not a number: the exponent must be a whole number");
        }
        checkIntegerPart(word.substring(start, dot >= 0 ? dot : end));
        if (dot >= 0 && !digitGroups(word.substring(dot + 1, end), 10)) {
            throw invalid("'" + word + "' is not a number: a '.' must have digits on both sides");
        }
        if (exponent >= 0) {
            String power = word.substring(exponent + 1);
            if (power.startsWith("+") || power.startsWith("-")) {
                power = power.substring(1);
            }
            if (!digitGroups(power, 10)) {
                throw invalid("'" + word + "' is not a number: an 'e' must be followed by digits");
            }
        }
        double value = Double.parseDouble(word.replace("_", ""));
        if (Double.isInfinite(value)) {
            throw invalid("'" + word + "' is too large for a float");
        }
        return value;
    }

    /** The digits before any '.' or exponent: no leading zeros, '_' only between digits. */
    private void checkIntegerPart(String digits) {
        if (!digitGroups(digits, 10)) {
            throw invalid("'" + word + "' is not a number"
                    + (digits.contains("_") ? ": '_' may stand only between two digits" : ""));
        }
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw invalid("'" + word + "' is not a number: it cannot start with 0 (write 0o17 for octal)");
        }
    }

    /** One or more digits of the radix, with single underscores between digits. */
    static boolean digitGroups(String s, int radix) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (i == 0 || i == s.length() - 1 || s.charAt(i + 1) == '_') {
                    return false;
                }
            } else if (TomlStrings.hexDigit(c) < 0 || TomlStrings.hexDigit(c) >= radix) {
                return false;
            }
        }
        return true;
    }

    private TomlSyntaxException invalid(String message) {
        return TextCursor.errorAt(line, column, message);
    }

    private TomlSyntaxException outOfRange() {
        return invalid("'" + word + "' is out of range: integers are 64 bits, from "
                + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
