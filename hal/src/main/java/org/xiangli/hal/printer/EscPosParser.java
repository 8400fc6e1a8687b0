package org.xiangli.hal.printer;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads ESC/POS bytes as they arrive, in any chunking, and reports each command to a handler. It never throws on
 * bad input: bytes it does not understand go to {@link EscPosHandler#unknown}, and a raster too large for any
 * receipt printer is refused there too instead of being buffered.
 */
public final class EscPosParser {

    /** Largest raster accepted: 2048 dots wide, 4096 rows — beyond any receipt printer. */
    static final int MAX_RASTER_WIDTH_BYTES = 256;
    static final int MAX_RASTER_HEIGHT = 4096;
    private static final int MAX_TEXT_RUN = 4096;
    private static final int INCOMPLETE = 0;

    private final EscPosHandler handler;
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private byte[] buffer = new byte[0];

    public EscPosParser(EscPosHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    public void feed(byte[] bytes, int offset, int length) {
        byte[] joined = Arrays.copyOf(buffer, buffer.length + length);
        System.arraycopy(bytes, offset, joined, buffer.length, length);
        int position = 0;
        while (position < joined.length) {
            int used = step(joined, position);
            if (used == INCOMPLETE) {
                break;
            }
            position += used;
        }
        buffer = Arrays.copyOfRange(joined, position, joined.length);
        if (text.size() >= MAX_TEXT_RUN) {
            flushText();
        }
    }

    public void feed(byte[] bytes) {
        feed(bytes, 0, bytes.length);
    }

    /** End of input: pending text is delivered, an unfinished command reported. */
    public void finish() {
        flushText();
        if (buffer.length > 0) {
            handler.unknown(buffer, "truncated command at end of input");
            buffer = new byte[0];
        }
    }

    private int step(byte[] in, int at) {
        int b = in[at] & 0xFF;
        if (b >= 0x20) {
            text.write(b);
            return 1;
        }
        flushText();
        return switch (b) {
            case EscPos.LF -> {
                handler.lineFeed();
                yield 1;
            }
            case 0x0D -> 1;
            case EscPos.ESC -> esc(in, at);
            case EscPos.GS -> gs(in, at);
            case EscPos.FS -> fs(in, at);
            case EscPos.DLE -> dle(in, at);
            default -> unknown(in, at, 1, "control byte");
        };
    }

    private int esc(byte[] in, int at) {
        if (at + 1 >= in.length) {
            return INCOMPLETE;
        }
        int letter = in[at + 1] & 0xFF;
        if (letter == '@') {
            handler.initialize();
            return 2;
        }
        if (letter == '2') {
            return 2;
        }
        if (at + 2 >= in.length) {
            return INCOMPLETE;
        }
        int n = in[at + 2] & 0xFF;
        switch (letter) {
            case 'a' -> handler.align(n % 48 % 3);
            case 'E' -> handler.bold((n & 1) != 0);
            case 'd' -> handler.feedLines(n);
            case '!' -> {
                handler.bold((n & 0x08) != 0);
                handler.size(((n & 0x20) != 0 ? 0x10 : 0) | ((n & 0x10) != 0 ? 0x01 : 0));
            }
            case '3', '-', 'G', 'M', 't', 'J' -> {
                // Spacing, underline, double-strike, font, code page, paper feed by dots: no effect on the image here.
            }
            default -> {
                return unknown(in, at, 2, "ESC command");
            }
        }
        return 3;
    }

    private int gs(byte[] in, int at) {
        if (at + 2 >= in.length) {
            return INCOMPLETE;
        }
        int letter = in[at + 1] & 0xFF;
        int n = in[at + 2] & 0xFF;
        return switch (letter) {
            case '!' -> {
                handler.size(n & 0x77);
                yield 3;
            }
            case 'V' -> cut(in, at, n);
            case 'v' -> raster(in, at);
            case '(' -> skipFunction(in, at);
            default -> unknown(in, at, 2, "GS command");
        };
    }

    private int cut(byte[] in, int at, int m) {
        if (m == 0 || m == 1 || m == 48 || m == 49) {
            handler.cut(m % 48 == 1);
            return 3;
        }
        if (m == 65 || m == 66) {
            if (at + 3 >= in.length) {
                return INCOMPLETE;
            }
            handler.feedLines(0);
            handler.cut(m == 66);
            return 4;
        }
        return unknown(in, at, 3, "GS V with mode " + m);
    }

    private int raster(byte[] in, int at) {
        if (at + 7 >= in.length) {
            return INCOMPLETE;
        }
        int m = in[at + 3] & 0xFF;
        int widthBytes = (in[at + 4] & 0xFF) | (in[at + 5] & 0xFF) << 8;
        int height = (in[at + 6] & 0xFF) | (in[at + 7] & 0xFF) << 8;
        if ((in[at + 2] & 0xFF) != '0' || (m > 3 && (m < 48 || m > 51))) {
            return unknown(in, at, 3, "GS v other than GS v 0");
        }
        if (widthBytes == 0 || height == 0 || widthBytes > MAX_RASTER_WIDTH_BYTES || height > MAX_RASTER_HEIGHT) {
            return unknown(in, at, 8, "raster of " + widthBytes + " bytes x " + height + " rows refused");
        }
        int size = widthBytes * height;
        if (at + 8 + size > in.length) {
            return INCOMPLETE;
        }
        handler.raster(new MonoBitmap(widthBytes * 8, height, Arrays.copyOfRange(in, at + 8, at + 8 + size)));
        return 8 + size;
    }

    /** {@code GS ( k pL pH ...} (native QR and other functions): skipped whole, reported, not drawn. */
    private int skipFunction(byte[] in, int at) {
        if (at + 4 >= in.length) {
            return INCOMPLETE;
        }
        int length = 5 + ((in[at + 3] & 0xFF) | (in[at + 4] & 0xFF) << 8);
        if (at + length > in.length) {
            return INCOMPLETE;
        }
        return unknown(in, at, length, "GS ( function not simulated");
    }

    private int fs(byte[] in, int at) {
        if (at + 1 >= in.length) {
            return INCOMPLETE;
        }
        int letter = in[at + 1] & 0xFF;
        if (letter == '&' || letter == '.') {
            handler.chineseMode(letter == '&');
            return 2;
        }
        return unknown(in, at, 2, "FS command");
    }

    private int dle(byte[] in, int at) {
        if (at + 2 >= in.length) {
            return at + 1 < in.length && in[at + 1] != EscPos.EOT ? unknown(in, at, 2, "DLE command") : INCOMPLETE;
        }
        int n = in[at + 2] & 0xFF;
        if (in[at + 1] != EscPos.EOT || n < 1 || n > 4) {
            return unknown(in, at, in[at + 1] == EscPos.EOT ? 3 : 2, "DLE command");
        }
        handler.statusRequest(n);
        return 3;
    }

    private int unknown(byte[] in, int at, int length, String reason) {
        handler.unknown(Arrays.copyOfRange(in, at, at + length), reason);
        return length;
    }

    private void flushText() {
        if (text.size() > 0) {
            handler.text(text.toByteArray());
            text.reset();
        }
    }
}
