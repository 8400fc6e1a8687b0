package org.xiangli.kiosk.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * What must be cleared when a villager's visit ends: each page that holds something personal (a typed ID number, a
 * card read, a lookup result) registers how to clear it. Returning home, by button or by the idle countdown, wipes
 * it all. The session keeps no copy of anything itself: the page's own fields are the only place a value lives.
 */
public final class KioskSession {

    private final List<Runnable> wipers = new ArrayList<>();

    /** {@code wiper} runs on the next wipe (then is forgotten). */
    public void onWipe(Runnable wiper) {
        wipers.add(wiper);
    }

    public boolean isEmpty() {
        return wipers.isEmpty();
    }

    public void wipe() {
        List<Runnable> toRun = List.copyOf(wipers);
        wipers.clear();
        toRun.forEach(Runnable::run);
    }
}
