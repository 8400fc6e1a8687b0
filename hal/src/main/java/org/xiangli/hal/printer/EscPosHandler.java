package org.xiangli.hal.printer;

/** What an {@link EscPosParser} found in the byte stream, in order. */
public interface EscPosHandler {

    void initialize();

    /** Printable bytes (GB18030 in Chinese mode) up to the next control byte. */
    void text(byte[] bytes);

    void lineFeed();

    void feedLines(int lines);

    void align(int n);

    void bold(boolean on);

    /** {@code GS ! n}: width multiplier-1 in the high nibble, height multiplier-1 in the low. */
    void size(int n);

    void chineseMode(boolean on);

    void raster(MonoBitmap bitmap);

    void cut(boolean partial);

    /** {@code DLE EOT n}: the host waits for a status byte. */
    void statusRequest(int n);

    /** Bytes the printer does not understand, or a command it refuses, with the reason. */
    void unknown(byte[] bytes, String reason);
}
