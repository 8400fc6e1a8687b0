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
    /** Wall clock at T0, so a bench that notes the time of exec can tell the JVM's own start from the kiosk's. */
    private static final long T0_EPOCH_MILLIS = System.currentTimeMillis();
    private static final List<String> MARKS = new ArrayList<>();

    private StartTrace() {
    }

    static synchronized void mark(String phase) {
        if (ON) {
            MARKS.add(String.format("%6.1f ms  %s (%s)", (System.nanoTime() - T0) / 1e6, phase,
                    Thread.currentThread().getName()));
        }
    }

    /**
     * The CPU time of every thread of the process so far, and how long each waited for a core, from /proc (the
     * scheduler's own counts, in ns: the ticks of /proc/PID/stat are 10 ms): on two cores the start is as much a
     * matter of what else runs beside the JavaFX thread (the JIT, the store, the devices) as of that thread's work.
     */
    static synchronized void markThreadTimes() {
        if (!ON) {
            return;
        }
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        try (var list = java.nio.file.Files.list(tasks)) {
            list.map(StartTrace::threadTime).filter(t -> !t.isEmpty()).sorted()
                    .forEach(t -> MARKS.add("cpu " + t));
        } catch (java.io.IOException | RuntimeException e) {
            MARKS.add("cpu: " + e);
        }
    }

    private static String threadTime(java.nio.file.Path task) {
        try {
            String stat = java.nio.file.Files.readString(task.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            // schedstat: time on a core, time waiting for one (ns), time slices
            String[] sched = java.nio.file.Files.readString(task.resolve("schedstat")).trim().split(" ");
            long ran = Long.parseLong(sched[0]) / 1_000_000;
            long waited = Long.parseLong(sched[1]) / 1_000_000;
            return ran < 3 ? "" : String.format("%5d ms ran %5d ms waited  %s", ran, waited, name);
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    static synchronized void print() {
        if (ON) {
            System.err.println("xiangli: start trace main at epoch ms " + T0_EPOCH_MILLIS + ", ended at "
                    + System.currentTimeMillis());
            MARKS.forEach(m -> System.err.println("xiangli: start trace " + m));
            MARKS.clear();
        }
    }
}
