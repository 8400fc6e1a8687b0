package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Text and background colours of the theme reach WCAG's 4.5:1 contrast (PRODUCT.md's elderly-friendly rules). */
class ThemeContrastTest {

    @Test
    void everyTextColourPairOfTheThemeHasEnoughContrast() throws IOException {
        String css;
        try (InputStream in = org.xiangli.kiosk.ui.Theme.class.getResourceAsStream("kiosk.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> colours = new HashMap<>();
        Matcher m = Pattern.compile("(-xl-[a-z-]+):\\s*(#[0-9a-fA-F]{6});").matcher(css);
        while (m.find()) {
            colours.put(m.group(1), m.group(2));
        }
        Matcher tiles = Pattern.compile("\\.(tile-[a-z]+) \\{ -fx-background-color: (#[0-9a-fA-F]{6}); }").matcher(css);
        int tileCount = 0;
        while (tiles.find()) {
            assertContrast("#ffffff", tiles.group(2), "white on " + tiles.group(1));
            tileCount++;
        }
        assertTrue(tileCount >= 4, "all four home tiles checked");
        String[][] pairs = {
            {"-xl-ink", "-xl-paper"}, {"-xl-ink", "-xl-card"}, {"-xl-ink-soft", "-xl-paper"},
            {"-xl-ink-soft", "-xl-card"}, {"-xl-header-ink", "-xl-header"}, {"-xl-urgent", "-xl-paper"},
            {"-xl-ok", "-xl-paper"}, {"-xl-warn-ink", "-xl-card"}, {"-xl-header", "-xl-card"},
        };
        for (String[] pair : pairs) {
            assertContrast(colours.get(pair[0]), colours.get(pair[1]), pair[0] + " on " + pair[1]);
        }
        assertContrast("#ffffff", colours.get("-xl-urgent"), "urgent banner");
        assertContrast("#ffffff", colours.get("-xl-accent"), "primary buttons");
    }

    private static void assertContrast(String fg, String bg, String what) {
        double ratio = (luminance(fg) + 0.05) / (luminance(bg) + 0.05);
        if (ratio < 1) {
            ratio = 1 / ratio;
        }
        double shown = ratio;
        assertTrue(ratio >= 4.5, () -> what + ": contrast " + String.format("%.2f", shown) + " < 4.5");
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
