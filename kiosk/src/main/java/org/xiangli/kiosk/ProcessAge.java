package org.xiangli.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * How long this process has run, to the clock tick (10 ms), from /proc: its start in ticks after boot
 * ({@code /proc/self/stat}, field 22) against the time since boot ({@code /proc/uptime}). Not
 * {@code ProcessHandle.info().startInstant()}: the JDK adds the start to the boot time, which Linux gives in whole
 * seconds, so its age of the process was off by up to a second (the first-frame line said 1,076 ms for a start of
 * 616). Not the JVM's management beans either: loading them cost ~10 ms of the first frame's path (issue 18).
 */
final class ProcessAge {

    /** Linux's USER_HZ, the unit of /proc's tick counts: 100 on every architecture the kiosk runs on. */
    static final int TICKS_PER_SECOND = 100;
    private static final int START_TIME_FIELD = 22;

    private ProcessAge() {
    }

    /** This process's age in ms; empty where /proc cannot tell (not Linux). */
    static OptionalLong millis() {
        try {
            return millis(Files.readString(Path.of("/proc/self/stat")), Files.readString(Path.of("/proc/uptime")));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The age from the two files' text; empty when either is not in their format. The command's name in the
     * stat line is in parentheses and may itself hold spaces and parentheses: the fields are counted after the
     * last ')'.
     */
    static OptionalLong millis(String stat, String uptime) {
        int nameEnd = stat.lastIndexOf(')');
        String[] uptimeFields = uptime.strip().split("\\s+");
        if (nameEnd < 0 || uptimeFields.length == 0) {
            return OptionalLong.empty();
        }
        // After the name come field 3 (the state) onwards.
        String[] fields = stat.substring(nameEnd + 1).strip().split("\\s+");
        int index = START_TIME_FIELD - 3;
        if (fields.length <= index) {
            return OptionalLong.empty();
        }
        try {
            long startTicks = Long.parseLong(fields[index]);
            double sinceBoot = Double.parseDouble(uptimeFields[0]);
            long age = Math.round(sinceBoot * 1000) - startTicks * 1000 / TICKS_PER_SECOND;
            return startTicks < 0 || age < 0 || !Double.isFinite(sinceBoot) ? OptionalLong.empty()
                    : OptionalLong.of(age);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
