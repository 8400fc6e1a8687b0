package org.xiangli.hal.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * Widths in printer columns: an ASCII character takes one (12 dots), anything else two (a 24-dot Chinese
 * character). The encoder breaks lines itself with these rules so the paper and the preview wrap identically.
 */
public final class TextColumns {

    private TextColumns() {
    }

    public static int width(int codePoint) {
        return codePoint < 0x80 ? 1 : 2;
    }

    public static int width(String text) {
        return text.codePoints().map(TextColumns::width).sum();
    }

    /** Breaks text into lines of at most {@code columns} columns; existing newlines are kept. */
    public static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int used = 0;
            for (int point : paragraph.codePoints().toArray()) {
                int width = width(point);
                if (used + width > columns && used > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                line.appendCodePoint(point);
                used += width;
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
