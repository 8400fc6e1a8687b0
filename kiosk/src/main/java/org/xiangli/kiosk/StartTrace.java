package org.xiangli.kiosk;

import java.util.ArrayList;
import java.util.List;

/**
 * The start's phases, timed from {@code main}: {@code -Dxiangli.startTrace=true} prints them on stderr when the
 * first frame is out (issue 18's breakdown; a technician can ask a slow Pi the same). Off, it costs a property read.
 */
final class StartTrace {

    private static final boolean ON = Boolean.getBoolean("xiangli.startTrace");
    private static final long T0 = System.nanoTime();
    private static final List<String> MARKS = new ArrayList<>();

    private StartTrace() {
    }

    static synchronized void mark(String phase) {
        if (ON) {
            MARKS.add(String.format("%6.1f ms  %s (%s)", (System.nanoTime() - T0) / 1e6, phase,
                    Thread.currentThread().getName()));
        }
    }

    static synchronized void print() {
        if (ON) {
            MARKS.forEach(m -> System.err.println("xiangli: start trace " + m));
            MARKS.clear();
        }
    }
}
