package org.xiangli.kiosk.queue;

import java.time.LocalTime;

/** The queue rules an admin may change at run time: the priority age and the daily reset time. */
public record QueueRules(int priorityAge, LocalTime resetAt) {

    /** The same range as {@code queue.priority_age} in kiosk.toml. */
    public static final int MIN_PRIORITY_AGE = 50;
    public static final int MAX_PRIORITY_AGE = 100;
}
