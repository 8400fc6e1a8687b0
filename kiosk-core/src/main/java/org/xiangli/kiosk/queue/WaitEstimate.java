package org.xiangli.kiosk.queue;

import java.time.Duration;

/** People ahead of a ticket and the wait that means, at the service's recent pace and open windows. */
public record WaitEstimate(int peopleAhead, Duration estimatedWait) {

    /** {@code ahead} people, each taking {@code perPerson}, served by {@code openWindows} windows in parallel. */
    public static WaitEstimate of(int ahead, Duration perPerson, int openWindows) {
        long seconds = perPerson.toSeconds() * ahead / Math.max(1, openWindows);
        return new WaitEstimate(ahead, Duration.ofSeconds(seconds));
    }

    /** Whole minutes, rounded up, as shown on the ticket ("预计等待约 N 分钟"). */
    public long minutes() {
        return (estimatedWait.toSeconds() + 59) / 60;
    }
}
