package org.xiangli.hal.scanner;

import java.util.Objects;

/**
 * One code read by a scanner. {@code encoding} says how its bytes were read: UTF-8, GB18030 (older scanners set
 * to Chinese Windows), or KEYBOARD for codes typed in HID mode (ASCII only: anything else arrives mangled).
 */
public record ScannedCode(String text, String encoding) {

    public ScannedCode {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
    }
}
