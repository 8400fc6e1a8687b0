package org.xiangli.kiosk.scenario;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xiangli.hal.card.CitizenIdNumber;
import org.xiangli.kiosk.devices.DemoDeviceControls.PrinterSetting;

/**
 * Reads a scenario: one step a line, {@code #} starts a comment line, blank lines are skipped. A TEXT is the rest of
 * the line, or a {@code "quoted"} string (with {@code \"} and {@code \\}) when it must keep outer spaces or, for
 * {@code wait}, end in a number. Every bad line is reported at once, each with its number, what it says, what is
 * wrong and what was expected; nothing in a file makes the parser throw anything else.
 */
public final class ScenarioParser {

    /** The longest wait or sleep a line may ask for. */
    public static final Duration LONGEST = Duration.ofMinutes(10);
    /** The smallest and largest screen side a {@code size} line may ask for. */
    static final int MIN_SIDE = 320;
    static final int MAX_SIDE = 4096;
    private static final Pattern SIZE = Pattern.compile("([0-9]{3,4})x([0-9]{3,4})");
    static final int MAX_TEXT = 200;
    static final int MAX_NAME = 30;
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,3})?");

    /** Each step and the way to write it, in the order the README lists them. */
    static final Map<String, String> USAGE = usage();

    private ScenarioParser() {
    }

    private static Map<String, String> usage() {
        Map<String, String> u = new LinkedHashMap<>();
        u.put("tap", "tap TEXT");
        u.put("wait", "wait TEXT [SECONDS]");
        u.put("expect", "expect TEXT");
        u.put("expect-no", "expect-no TEXT");
        u.put("card", "card ID_NUMBER NAME");
        u.put("card-remove", "card-remove");
        u.put("scan", "scan TEXT");
        u.put("printer", "printer ok|paper-near-end|paper-out|cover-open");
        u.put("receipt-contains", "receipt-contains TEXT");
        u.put("fits", "fits");
        u.put("banner", "banner on|off");
        u.put("screenshot", "screenshot FILE.png");
        u.put("sleep", "sleep SECONDS");
        u.put("home", "home");
        u.put("size", "size WIDTHxHEIGHT");
        u.put("large-text", "large-text on|off");
        u.put("lang", "lang zh|en");
        u.put("idle", "idle SECONDS");
        u.put("scan-receipt", "scan-receipt");
        u.put("staff", "staff errand ID_NUMBER NAME SERVICE | staff errand-state "
                + "submitted|needs-materials|done|handed-over [NOTE] | staff answer TEXT");
        return java.util.Collections.unmodifiableMap(u);
    }

    /**
     * @param name how error messages name the file
     * @throws ScenarioSyntaxException naming every line that cannot be run
     */
    public static Scenario parse(String name, String content) throws ScenarioSyntaxException {
        List<Scenario.Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] raw = content.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String source = raw[i].strip();
            if (i == 0 && source.startsWith("\uFEFF")) {
                source = source.substring(1).strip();
            }
            if (source.isEmpty() || source.startsWith("#")) {
                continue;
            }
            try {
                lines.add(new Scenario.Line(i + 1, source, step(source)));
            } catch (BadLine e) {
                problems.add(name + ":" + (i + 1) + ": " + shorten(source) + ": " + e.getMessage()
                        + (e.keyword == null ? "" : "; expected: " + USAGE.get(e.keyword)));
            }
        }
        if (problems.isEmpty() && lines.isEmpty()) {
            problems.add(name + ": no steps (only comments and blank lines); the steps are: "
                    + String.join(", ", USAGE.keySet()));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioSyntaxException(problems);
        }
        return new Scenario(name, lines);
    }

    /** One line that cannot be read; {@code keyword} is null when the line names no known step. */
    private static final class BadLine extends Exception {
        private final String keyword;

        BadLine(String keyword, String message) {
            super(message, null, false, false);
            this.keyword = keyword;
        }
    }

    private static Step step(String source) throws BadLine {
        int space = indexOfWhitespace(source);
        String keyword = space < 0 ? source : source.substring(0, space);
        String rest = space < 0 ? "" : source.substring(space).strip();
        return switch (keyword) {
            case "tap" -> new Step.Tap(text(keyword, rest));
            case "wait" -> waitStep(rest);
            case "expect" -> new Step.Expect(text(keyword, rest));
            case "expect-no" -> new Step.ExpectNo(text(keyword, rest));
            case "card" -> card(rest);
            case "card-remove" -> nothingAfter(keyword, rest, new Step.CardRemove());
            case "scan" -> new Step.Scan(text(keyword, rest));
            case "printer" -> new Step.Printer(printer(rest));
            case "receipt-contains" -> new Step.ReceiptContains(text(keyword, rest));
            case "fits" -> nothingAfter(keyword, rest, new Step.Fits());
            case "banner" -> banner(rest);
            case "screenshot" -> screenshot(rest);
            case "sleep" -> new Step.Sleep(seconds(keyword, rest));
            case "home" -> nothingAfter(keyword, rest, new Step.Home());
            case "size" -> size(rest);
            case "large-text" -> new Step.LargeText(onOff(keyword, rest));
            case "lang" -> lang(rest);
            case "idle" -> new Step.Idle(seconds(keyword, rest));
            case "scan-receipt" -> nothingAfter(keyword, rest, new Step.ScanReceipt());
            case "staff" -> staff(rest);
            default -> throw new BadLine(null, "unknown step '" + shorten(keyword) + "'"
                    + closest(keyword).map(k -> " (did you mean '" + k + "'?)").orElse("")
                    + "; the steps are: " + String.join(", ", USAGE.keySet()));
        };
    }

    private static Step nothingAfter(String keyword, String rest, Step step) throws BadLine {
        if (!rest.isEmpty()) {
            throw new BadLine(keyword, "'" + keyword + "' takes nothing after it");
        }
        return step;
    }

    /** A TEXT: the rest of the line, or one quoted string and nothing after it. */
    private static String text(String keyword, String rest) throws BadLine {
        if (rest.startsWith("\"")) {
            Quoted q = quoted(keyword, rest);
            if (!q.after().isEmpty()) {
                throw new BadLine(keyword, "nothing may follow the closing quote");
            }
            return checked(keyword, q.text());
        }
        return checked(keyword, rest);
    }

    private static String checked(String keyword, String text) throws BadLine {
        if (text.isEmpty()) {
            throw new BadLine(keyword, "TEXT is missing");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new BadLine(keyword, "TEXT is longer than " + MAX_TEXT + " characters");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new BadLine(keyword, "TEXT holds a control character");
        }
        return text;
    }

    private record Quoted(String text, String after) {
    }

    private static Quoted quoted(String keyword, String rest) throws BadLine {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\\' && i + 1 < rest.length()) {
                text.append(rest.charAt(++i));
            } else if (c == '"') {
                return new Quoted(text.toString(), rest.substring(i + 1).strip());
            } else {
                text.append(c);
            }
        }
        throw new BadLine(keyword, "the quote is not closed");
    }

    private static Step.Wait waitStep(String rest) throws BadLine {
        if (rest.startsWith("\"")) {
            Quoted q = quoted("wait", rest);
            String text = checked("wait", q.text());
            return new Step.Wait(text, q.after().isEmpty() ? Step.DEFAULT_WAIT : seconds("wait", q.after()));
        }
        int space = lastIndexOfWhitespace(rest);
        if (space > 0 && NUMBER.matcher(rest.substring(space + 1)).matches()) {
            return new Step.Wait(checked("wait", rest.substring(0, space).strip()),
                    seconds("wait", rest.substring(space + 1)));
        }
        return new Step.Wait(checked("wait", rest), Step.DEFAULT_WAIT);
    }

    private static Duration seconds(String keyword, String text) throws BadLine {
        if (text.isEmpty()) {
            throw new BadLine(keyword, "SECONDS is missing");
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new BadLine(keyword, "SECONDS must be a number such as 5 or 1.5, not '" + shorten(text) + "'");
        }
        Duration d = Duration.ofMillis(new BigDecimal(text).movePointRight(3).longValueExact());
        if (d.isZero() || d.compareTo(LONGEST) > 0) {
            throw new BadLine(keyword, "SECONDS must be more than 0 and at most " + LONGEST.toSeconds());
        }
        return d;
    }

    private static Step.Card card(String rest) throws BadLine {
        if (rest.isEmpty()) {
            throw new BadLine("card", "ID_NUMBER and NAME are missing");
        }
        int space = indexOfWhitespace(rest);
        String id = (space < 0 ? rest : rest.substring(0, space)).toUpperCase(Locale.ROOT);
        String name = space < 0 ? "" : rest.substring(space).strip();
        CitizenIdNumber.Problem problem = CitizenIdNumber.check(id);
        if (problem != CitizenIdNumber.Problem.NONE) {
            String hint = problem == CitizenIdNumber.Problem.CHECK_DIGIT
                    ? " (with these 17 digits it ends in " + CitizenIdNumber.checkCharacter(id.substring(0, 17)) + ")"
                    : "";
            throw new BadLine("card", "ID_NUMBER '" + shorten(id) + "' is not a resident ID number: "
                    + problem.describe() + hint);
        }
        if (name.isEmpty()) {
            throw new BadLine("card", "NAME is missing");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new BadLine("card", "NAME must be at most " + MAX_NAME + " characters, no control characters");
        }
        return new Step.Card(new CitizenIdNumber(id), name);
    }

    /** The states {@code staff errand-state} names, as words. */
    static final List<String> ERRAND_STATES = List.of("submitted", "needs-materials", "done", "handed-over");

    private static Step.Staff staff(String rest) throws BadLine {
        int space = indexOfWhitespace(rest);
        String action = space < 0 ? rest : rest.substring(0, space);
        String after = space < 0 ? "" : rest.substring(space).strip();
        switch (action) {
            case "errand" -> {
                String[] words = after.split("\\s+");
                if (after.isEmpty() || words.length != 3) {
                    throw new BadLine("staff", "'staff errand' takes ID_NUMBER NAME SERVICE (three words)");
                }
                Step.Card card = card(words[0] + " " + words[1]);
                if (words[2].length() > 40) {
                    throw new BadLine("staff", "SERVICE must be at most 40 characters");
                }
                return new Step.Staff(action, List.of(card.number().value(), card.name(), words[2]));
            }
            case "errand-state" -> {
                int s2 = indexOfWhitespace(after);
                String state = s2 < 0 ? after : after.substring(0, s2);
                String note = s2 < 0 ? "" : checked("staff", after.substring(s2).strip());
                if (!ERRAND_STATES.contains(state)) {
                    throw new BadLine("staff", state.isEmpty() ? "the state is missing" : "unknown errand state '"
                            + shorten(state) + "'");
                }
                return new Step.Staff(action, note.isEmpty() ? List.of(state) : List.of(state, note));
            }
            case "answer" -> {
                return new Step.Staff(action, List.of(text("staff", after)));
            }
            default -> throw new BadLine("staff", action.isEmpty() ? "what staff do is missing"
                    : "unknown staff action '" + shorten(action) + "'");
        }
    }

    private static PrinterSetting printer(String rest) throws BadLine {
        for (PrinterSetting setting : PrinterSetting.values()) {
            if (Step.Printer.word(setting).equals(rest)) {
                return setting;
            }
        }
        throw new BadLine("printer", rest.isEmpty() ? "the printer state is missing"
                : "unknown printer state '" + shorten(rest) + "'");
    }

    private static Step.Banner banner(String rest) throws BadLine {
        return new Step.Banner(onOff("banner", rest));
    }

    private static boolean onOff(String keyword, String rest) throws BadLine {
        return switch (rest) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new BadLine(keyword, rest.isEmpty() ? "on or off is missing"
                    : "'" + shorten(rest) + "' is neither on nor off");
        };
    }

    private static Step.Size size(String rest) throws BadLine {
        var m = SIZE.matcher(rest);
        if (!m.matches()) {
            throw new BadLine("size", rest.isEmpty() ? "WIDTHxHEIGHT is missing"
                    : "'" + shorten(rest) + "' is not WIDTHxHEIGHT such as 1080x1920");
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (w < MIN_SIDE || h < MIN_SIDE || w > MAX_SIDE || h > MAX_SIDE) {
            throw new BadLine("size", "each side must be from " + MIN_SIDE + " to " + MAX_SIDE + " pixels");
        }
        return new Step.Size(w, h);
    }

    private static Step.Lang lang(String rest) throws BadLine {
        return switch (rest) {
            case "zh" -> new Step.Lang(false);
            case "en" -> new Step.Lang(true);
            default -> throw new BadLine("lang", rest.isEmpty() ? "zh or en is missing"
                    : "'" + shorten(rest) + "' is neither zh nor en");
        };
    }

    private static Step.Screenshot screenshot(String rest) throws BadLine {
        String file = text("screenshot", rest);
        if (!file.toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new BadLine("screenshot", "FILE must end in .png");
        }
        try {
            return new Step.Screenshot(Path.of(file));
        } catch (InvalidPathException e) {
            throw new BadLine("screenshot", "FILE is not a usable path: " + e.getReason());
        }
    }

    /** {@code text} as a TEXT argument: quoted when it would not read back the same as the rest of a line. */
    static String quoteIfNeeded(String text, boolean forWait) {
        boolean plain = !text.isEmpty() && text.equals(text.strip()) && !text.startsWith("\"");
        if (plain && forWait) {
            int space = lastIndexOfWhitespace(text);
            plain = space < 0 || !NUMBER.matcher(text.substring(space + 1)).matches();
        }
        return plain ? text : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A duration as SECONDS: 10, 1.5. */
    static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    private static Optional<String> closest(String keyword) {
        String best = null;
        int bestDistance = 3;
        for (String k : USAGE.keySet()) {
            int d = distance(keyword.toLowerCase(Locale.ROOT), k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Edit distance, for "did you mean"; keywords are short, and a long typo is not worth comparing. */
    private static int distance(String a, String b) {
        if (a.length() > 40) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfWhitespace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A line or word as an error message shows it: at most 80 characters. */
    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
