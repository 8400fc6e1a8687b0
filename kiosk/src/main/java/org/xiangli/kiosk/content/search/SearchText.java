package org.xiangli.kiosk.content.search;

import java.util.List;
import java.util.Locale;

/**
 * How text goes into and questions go to the full-text index. Chinese is written without spaces and most
 * searches are one or two characters (医保, 补贴), so every letter or digit is indexed as a token of its own and a
 * query of any length becomes a phrase of adjacent tokens: an exact substring match that FTS5 answers from its
 * index, for 1, 2 or 20 characters alike.
 */
public final class SearchText {

    private SearchText() {
    }

    /** The index form of {@code text}: its letters and digits, lower case, separated by spaces. */
    public static String tokens(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return sb.toString();
    }

    /** The initials variants, each a phrase of letters, kept apart by a token no query can contain. */
    public static String initialsTokens(List<String> variants) {
        StringBuilder sb = new StringBuilder();
        for (String variant : variants) {
            if (!sb.isEmpty()) {
                // A digit-letter token never produced by tokens(): a phrase cannot run from one variant into the next.
                sb.append(" 0x ");
            }
            sb.append(tokens(variant));
        }
        return sb.toString();
    }

    /** A query ready for FTS5 MATCH, or empty when the text holds no letter or digit to look for. */
    public static java.util.Optional<SearchQuery> query(String text) {
        String phrase = tokens(text.strip());
        if (phrase.isEmpty()) {
            return java.util.Optional.empty();
        }
        boolean letters = text.strip().chars().allMatch(c -> c < 128 && Character.isLetter(c));
        String quoted = "\"" + phrase + "\"";
        String textColumns = "{title body} : " + quoted;
        String titleColumns = "{title} : " + quoted;
        if (letters) {
            // Letters from the pad are pinyin initials, but they may also be a word in a title (e.g. "WiFi").
            String initials = "{initials} : " + quoted;
            return java.util.Optional.of(new SearchQuery(text.strip().toLowerCase(Locale.ROOT),
                    textColumns + " OR " + initials, titleColumns + " OR " + initials));
        }
        return java.util.Optional.of(new SearchQuery(text.strip(), textColumns, titleColumns));
    }

    /**
     * @param anywhere an FTS5 expression matching the title, body or initials
     * @param inTitle  the same expression restricted to the title (and initials): these hits rank first
     */
    public record SearchQuery(String text, String anywhere, String inTitle) {
    }
}
