package org.xiangli.hal.printer;

/** Character magnification, as {@code GS ! n} sets it: width and height multipliers. */
public enum TextSize {
    NORMAL(1, 1),
    TALL(1, 2),
    WIDE(2, 1),
    LARGE(2, 2),
    /** Ticket numbers (A003) that must be read from a step away. */
    HUGE(3, 3);

    private final int width;
    private final int height;

    TextSize(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The {@code GS !} argument: width-1 in the high nibble, height-1 in the low. */
    public int escPosCode() {
        return ((width - 1) << 4) | (height - 1);
    }
}
