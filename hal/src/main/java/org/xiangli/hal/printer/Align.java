package org.xiangli.hal.printer;

/** Line alignment; the ordinal is the {@code ESC a n} argument. */
public enum Align {
    LEFT, CENTER, RIGHT
}
