package org.xiangli.kiosk.queue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The station's queue rules: its time zone and the local time the numbers restart at 001 each day, the age from
 * which an ID card gives priority, how many priority tickets a window may call in a row while a regular one waits
 * (so nobody starves), the service time assumed before any is measured, and how long a rating stays open after a
 * finish.
 *
 * @param resetAt the local time a new queue day begins (00:00 = midnight); a station that works past midnight on
 *                market days moves it later so the evening's tickets keep their day
 */
public record QueuePolicy(ZoneId zone, int priorityAge, int maxPriorityStreak, Duration defaultServiceTime,
                          Duration ratingWindow, LocalTime resetAt) {

    /** The latest reset time an admin may set: later, a working morning would fall into the previous day. */
    public static final LocalTime LATEST_RESET = LocalTime.of(6, 0);

    public QueuePolicy {
        if (priorityAge < 0 || maxPriorityStreak < 1 || defaultServiceTime.isNegative() || defaultServiceTime.isZero()) {
            throw new IllegalArgumentException("invalid queue policy");
        }
        if (resetAt.isAfter(LATEST_RESET)) {
            throw new IllegalArgumentException("the daily reset must be between 00:00 and " + LATEST_RESET);
        }
    }

    /** Numbers restart at midnight. */
    public QueuePolicy(ZoneId zone, int priorityAge, int maxPriorityStreak, Duration defaultServiceTime,
                       Duration ratingWindow) {
        this(zone, priorityAge, maxPriorityStreak, defaultServiceTime, ratingWindow, LocalTime.MIDNIGHT);
    }

    /**
     * The queue day of an instant: the local date, or the previous one before {@link #resetAt}. Asia/Shanghai has
     * no DST; in a zone with DST the local wall time still decides, so a reset at 02:30 on a spring-forward night
     * happens at the first instant after the gap.
     */
    public LocalDate dayOf(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return local.toLocalTime().isBefore(resetAt) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }

    public QueuePolicy withRules(QueueRules rules) {
        return new QueuePolicy(zone, rules.priorityAge(), maxPriorityStreak, defaultServiceTime, ratingWindow,
                rules.resetAt());
    }

    public QueueRules rules() {
        return new QueueRules(priorityAge, resetAt);
    }
}
