package org.xiangli.hal.printer;

import java.util.Objects;

/** One block of a receipt, top to bottom. */
public sealed interface ReceiptElement {

    /** Text that wraps at the paper width; {@code \n} starts a new line. */
    record Text(String text, TextSize size, boolean bold, Align align) implements ReceiptElement {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(align, "align");
        }
    }

    /** A full-width line of one repeated character, e.g. '-' or '='. */
    record Separator(char character) implements ReceiptElement {
        public Separator {
            if (character < 0x20 || character > 0x7E) {
                throw new IllegalArgumentException("separator must be a printable ASCII character");
            }
        }
    }

    /** A key at the left and its value at the right of the same line (on two lines when both do not fit). */
    record KeyValue(String key, String value) implements ReceiptElement {
        public KeyValue {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A QR code of UTF-8 content, centred, {@code dots} wide (rounded down to whole modules). */
    record QrCode(String content, int dots) implements ReceiptElement {
        public QrCode {
            Objects.requireNonNull(content, "content");
            if (content.isEmpty() || dots < 21) {
                throw new IllegalArgumentException("QR needs content and at least 21 dots");
            }
        }
    }

    /** Blank lines. */
    record Feed(int lines) implements ReceiptElement {
        public Feed {
            if (lines < 1 || lines > 255) {
                throw new IllegalArgumentException("feed 1..255 lines, not " + lines);
            }
        }
    }

    /** Feeds the paper past the cutter and cuts it. */
    record Cut(boolean partial) implements ReceiptElement {
    }
}
