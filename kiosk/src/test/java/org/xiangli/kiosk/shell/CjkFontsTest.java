package org.xiangli.kiosk.shell;

import org.xiangli.kiosk.ui.CjkFonts;

import org.xiangli.kiosk.ui.FxUi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/** The font the kiosk picks draws real Chinese glyphs, not the empty boxes of a missing font. */
class CjkFontsTest {

    @Test
    void theChosenFontDrawsDistinctChineseGlyphs() {
        FxUi.startToolkit();
        FxUi ui = new FxUi();
        String family = ui.call(CjkFonts::requireFamily);
        int[] xiang = ui.call(() -> pixels(family, "乡"));
        int[] li = ui.call(() -> pixels(family, "里"));
        int[] missing = ui.call(() -> pixels(family, "\uE000")); // private use: no glyph in any CJK font
        assertTrue(Arrays.stream(xiang).anyMatch(p -> (p & 0xff) < 128), "乡 leaves ink");
        assertFalse(Arrays.equals(xiang, li), "two characters must not render as the same box");
        assertFalse(Arrays.equals(xiang, missing), "乡 must not render as the missing-glyph box");
    }

    private static int[] pixels(String family, String character) {
        Text text = new Text(character);
        text.setFont(Font.font(family, 48));
        Scene scene = new Scene(new StackPane(text), 64, 64);
        WritableImage image = scene.snapshot(null);
        int[] argb = new int[64 * 64];
        image.getPixelReader().getPixels(0, 0, 64, 64, PixelFormat.getIntArgbInstance(), argb, 0, 64);
        return argb;
    }
}
