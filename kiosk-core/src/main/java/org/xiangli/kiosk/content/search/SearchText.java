package org.xiangli.kiosk.content.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How text goes into and questions go to the full-text index. Chinese is written without spaces and most
 * searches are one or two characters (医保, 补贴), so text is indexed as overlapping pairs of characters: 养老保险
 * becomes "养老 老保 保险 险" (each run of letters and digits ends on its last character alone). Then
 * <ul>
 *   <li>a two-character query is one term — the most common search is the cheapest;</li>
 *   <li>a longer one is a phrase of adjacent pairs (养老保险 → "养老 老保 保险"), an exact substring match;</li>
 *   <li>a single character is a prefix query ("养" *): every occurrence starts some term; the title index keeps a
 *       one-character prefix index, so there it reads one list (the body index merges the pairs' lists, still in
 *       newest-first order, so it stops at the page's limit).</li>
 * </ul>
 * Pinyin initials are indexed the same way, so ylbx is the phrase "yl lb bx". A pair never spans punctuation, so
 * 老。保 does not match 老保.
 */
public final class SearchText {

    private SearchText() {
    }

    /** The index form of {@code text}: overlapping pairs of its letters and digits, lower case. */
    public static String tokens(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 3);
        int[] run = new int[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                run[length++] = Character.toLowerCase(cp);
            } else {
                appendPairs(sb, run, length);
                length = 0;
            }
        }
        appendPairs(sb, run, length);
        return sb.toString().strip();
    }

    private static void appendPairs(StringBuilder sb, int[] run, int length) {
        for (int i = 0; i < length; i++) {
            sb.appendCodePoint(run[i]);
            if (i + 1 < length) {
                sb.appendCodePoint(run[i + 1]);
            }
            sb.append(' ');
        }
    }

    /** The initials variants of a title (ylbx, yhbx…), each indexed like text. */
    public static String initialsTokens(List<String> variants) {
        StringBuilder sb = new StringBuilder();
        for (String variant : variants) {
            sb.append(tokens(variant)).append(' ');
        }
        return sb.toString().strip();
    }

    /** A query ready for FTS5 MATCH, or empty when the text holds no letter or digit to look for. */
    public static Optional<SearchQuery> query(String text) {
        String chars = text.strip().codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (chars.isEmpty()) {
            return Optional.empty();
        }
        // Letters from the pad are pinyin initials, but they may also be a word (e.g. "WiFi"): the title index
        // holds both, so one expression serves the title, its initials and the body.
        return Optional.of(new SearchQuery(chars, match(chars)));
    }

    /** One character: a prefix; more: the phrase of its adjacent pairs. Only letters and digits reach here. */
    private static String match(String chars) {
        int[] cps = chars.codePoints().toArray();
        if (cps.length == 1) {
            return "\"" + chars + "\" *";
        }
        StringBuilder phrase = new StringBuilder("\"");
        for (int i = 0; i + 1 < cps.length; i++) {
            phrase.append(i == 0 ? "" : " ").appendCodePoint(cps[i]).appendCodePoint(cps[i + 1]);
        }
        return phrase.append('"').toString().toLowerCase(Locale.ROOT);
    }

    /** @param match an FTS5 expression for the title index (title and initials) and the body index */
    public record SearchQuery(String text, String match) {
    }
}
