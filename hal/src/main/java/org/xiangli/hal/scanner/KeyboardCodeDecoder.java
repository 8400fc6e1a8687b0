package org.xiangli.hal.scanner;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns a HID keyboard-mode scanner's key presses (Linux key codes, US layout as scanners default to) into codes:
 * characters until Enter (or Tab, a common alternative suffix). Shift is tracked; keys outside the map are counted
 * as mangled characters and the code is still delivered, because a scanner in HID mode cannot type non-ASCII.
 */
public final class KeyboardCodeDecoder implements InputEventDecoder.KeyHandler {

    private static final int KEY_TAB = 15;
    private static final int KEY_ENTER = 28;
    private static final int KEY_LEFTSHIFT = 42;
    private static final int KEY_RIGHTSHIFT = 54;
    private static final int KEY_KPENTER = 96;
    private static final int MAX_CODE = 4096;

    private static final String[] PLAIN = new String[128];
    private static final String[] SHIFTED = new String[128];

    static {
        map(2, "1234567890-=", "!@#$%^&*()_+");
        map(16, "qwertyuiop[]", "QWERTYUIOP{}");
        map(30, "asdfghjkl;'`", "ASDFGHJKL:\"~");
        map(43, "\\zxcvbnm,./", "|ZXCVBNM<>?");
        map(57, " ", " ");
        map(55, "*", "*");
        map(71, "789-456+1230.", "789-456+1230.");
        map(98, "/", "/");
    }

    private final Consumer<ScannedCode> codes;
    private final StringBuilder current = new StringBuilder();
    private boolean leftShift;
    private boolean rightShift;

    public KeyboardCodeDecoder(Consumer<ScannedCode> codes) {
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    @Override
    public void key(int code, int value) {
        if (code == KEY_LEFTSHIFT || code == KEY_RIGHTSHIFT) {
            boolean down = value != 0;
            if (code == KEY_LEFTSHIFT) {
                leftShift = down;
            } else {
                rightShift = down;
            }
            return;
        }
        if (value != 1 || isOtherModifier(code)) {
            return;
        }
        if (code == KEY_ENTER || code == KEY_KPENTER || code == KEY_TAB) {
            if (!current.isEmpty()) {
                codes.accept(new ScannedCode(current.toString(), "KEYBOARD"));
                current.setLength(0);
            }
            return;
        }
        String character = code < PLAIN.length ? (leftShift || rightShift ? SHIFTED : PLAIN)[code] : null;
        if (current.length() < MAX_CODE) {
            current.append(character == null ? "\uFFFD" : character);
        }
    }

    /** Ctrl, Alt, Caps Lock, Meta: some scanners press them around a code; they type nothing. */
    private static boolean isOtherModifier(int code) {
        return code == 29 || code == 56 || code == 58 || code == 97 || code == 100 || code == 125 || code == 126;
    }

    private static void map(int firstCode, String plain, String shifted) {
        for (int i = 0; i < plain.length(); i++) {
            PLAIN[firstCode + i] = String.valueOf(plain.charAt(i));
            SHIFTED[firstCode + i] = String.valueOf(shifted.charAt(i));
        }
    }
}
