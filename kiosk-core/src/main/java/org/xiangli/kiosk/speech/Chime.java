package org.xiangli.kiosk.speech;

/** The two-tone sound before a call is announced; blocks until it has played. */
@FunctionalInterface
public interface Chime {
    void play();
}
