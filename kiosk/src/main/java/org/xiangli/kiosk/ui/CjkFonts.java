package org.xiangli.kiosk.ui;

import java.util.List;
import javafx.scene.text.Font;

/**
 * Finds a font with Chinese glyphs. Without one every label is a row of empty boxes, so startup fails loudly
 * instead of showing a kiosk nobody can read.
 */
public final class CjkFonts {

    /** In order of preference: Noto Sans CJK has a real bold face (titles), WenQuanYi Micro Hei is smaller. */
    static final List<String> PREFERRED = List.of(
            "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
            "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN");

    private CjkFonts() {
    }

    /** The family to use; call on the JavaFX thread after the toolkit started. */
    public static String requireFamily() {
        List<String> installed = Font.getFamilies();
        for (String family : PREFERRED) {
            if (installed.contains(family)) {
                return family;
            }
        }
        throw new IllegalStateException("No Chinese (CJK) font is installed, so the kiosk would show empty boxes. "
                + "Install one: apt-get install fonts-wqy-microhei (or fonts-noto-cjk). Looked for: " + PREFERRED);
    }
}
