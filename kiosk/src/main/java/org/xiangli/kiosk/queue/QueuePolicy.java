package org.xiangli.kiosk.queue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The station's queue rules: its time zone (tickets restart at 001 each local day), the age from which an ID card
 * gives priority, how many priority tickets a window may call in a row while a regular one waits (so nobody
 * starves), the service time assumed before any is measured, and how long a rating stays open after a finish.
 */
public record QueuePolicy(ZoneId zone, int priorityAge, int maxPriorityStreak, Duration defaultServiceTime,
                          Duration ratingWindow) {

    public QueuePolicy {
        if (priorityAge < 0 || maxPriorityStreak < 1 || defaultServiceTime.isNegative() || defaultServiceTime.isZero()) {
            throw new IllegalArgumentException("invalid queue policy");
        }
    }
}
