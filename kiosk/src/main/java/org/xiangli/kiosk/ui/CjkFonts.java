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

    /**
     * The family found first; fonts are not installed under a running kiosk. The toolkit's warm-up asks before the
     * home page does, and each listing of the families took another 5-11 ms of the first frame's path (issue 18).
     */
    private static volatile String found;

    private CjkFonts() {
    }

    /** The family to use; call on the JavaFX thread after the toolkit started. */
    public static String requireFamily() {
        String family = found;
        if (family == null) {
            family = find(Font.getFamilies());
            found = family;
        }
        return family;
    }

    private static String find(List<String> installed) {
        for (String family : PREFERRED) {
            if (installed.contains(family)) {
                return family;
            }
        }
        throw new IllegalStateException("No Chinese (CJK) font is installed, so the kiosk would show empty boxes. "
                + "Install one: apt-get install fonts-wqy-microhei (or fonts-noto-cjk). Looked for: " + PREFERRED);
    }
}
