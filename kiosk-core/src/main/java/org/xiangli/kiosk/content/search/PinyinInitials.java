package org.xiangli.kiosk.content.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin initials of a text (养老保险 → ylbx), computed at import time for search on the letter pad.
 * Polyphones (银行 yh / yx, 重庆 cq / zq) give several variants: the first reading first, then each other
 * reading's initial, capped so a long title cannot multiply into thousands of strings. A villager types the
 * initials of the reading they know, and any variant finds the item.
 */
public final class PinyinInitials {

    /** Enough for two or three polyphones in one title, few enough to keep the index small. */
    static final int MAX_VARIANTS = 8;

    private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();

    public PinyinInitials() {
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    /** Every initials variant of {@code text}, the most common reading first; letters and digits pass through. */
    public List<String> variants(String text) {
        List<StringBuilder> variants = new ArrayList<>();
        variants.add(new StringBuilder());
        text.codePoints().forEach(cp -> {
            Set<Character> initials = initialsOf(cp);
            if (initials.isEmpty()) {
                return;
            }
            List<StringBuilder> next = new ArrayList<>();
            boolean first = true;
            for (char initial : initials) {
                if (!first && variants.size() * initials.size() > MAX_VARIANTS) {
                    break;
                }
                for (StringBuilder v : variants) {
                    next.add(new StringBuilder(v).append(initial));
                }
                first = false;
            }
            variants.clear();
            variants.addAll(next.subList(0, Math.min(next.size(), MAX_VARIANTS)));
        });
        return variants.stream().map(StringBuilder::toString).distinct().toList();
    }

    private Set<Character> initialsOf(int codePoint) {
        Set<Character> out = new LinkedHashSet<>();
        if (codePoint < 128) {
            if (Character.isLetterOrDigit(codePoint)) {
                out.add(Character.toLowerCase((char) codePoint));
            }
            return out;
        }
        if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN || codePoint > 0xFFFF) {
            return out;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) codePoint, format);
            if (readings != null) {
                for (String reading : readings) {
                    if (!reading.isEmpty()) {
                        out.add(reading.toLowerCase(Locale.ROOT).charAt(0));
                    }
                }
            }
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            // The format above is a fixed, valid combination; reaching here means the library changed under us.
            throw new IllegalStateException("pinyin4j rejected its output format", e);
        }
        return out;
    }
}
