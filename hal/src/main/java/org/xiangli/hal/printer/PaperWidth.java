package org.xiangli.hal.printer;

/** Receipt paper widths: printable dots at 203 dpi and columns of 12-dot (font A) characters. */
public enum PaperWidth {
    MM58(384),
    MM80(576);

    /** Font A: 12×24 dots for ASCII, 24×24 for Chinese (two columns). */
    public static final int CHAR_WIDTH = 12;
    public static final int LINE_HEIGHT = 24;
    /** Blank dots between lines, as the printers' default line spacing adds. */
    public static final int LINE_GAP = 6;

    private final int dots;

    PaperWidth(int dots) {
        this.dots = dots;
    }

    public int dots() {
        return dots;
    }

    public int columns() {
        return dots / CHAR_WIDTH;
    }

    /** 58 or 80, as technicians type it. */
    public static PaperWidth ofMillimetres(int millimetres) {
        return switch (millimetres) {
            case 58 -> MM58;
            case 80 -> MM80;
            default -> throw new IllegalArgumentException("paper width must be 58 or 80 mm, not " + millimetres);
        };
    }
}
