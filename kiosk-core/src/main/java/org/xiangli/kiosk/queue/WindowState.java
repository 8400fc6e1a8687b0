package org.xiangli.kiosk.queue;

/** A service window's state: paused or open, and its current run of priority calls. */
public record WindowState(int number, boolean paused, int priorityStreak) {
}
