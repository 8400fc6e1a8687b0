package org.xiangli.kiosk.content.sync;

import java.time.Duration;

/**
 * How long a bundle download may take. A server that answers and then sends a byte every few seconds would
 * otherwise hold the content thread for ever: a download that brings fewer than {@link #STALL_MIN_BYTES} within
 * {@code stall}, or runs longer than {@code overall}, is cut. What arrived is kept and the next poll resumes it.
 *
 * @param answer  how long to wait for the server's response headers
 * @param stall   the window in which at least {@link #STALL_MIN_BYTES} must arrive
 * @param overall the longest one download may run, however it trickles
 */
public record DownloadLimits(Duration answer, Duration stall, Duration overall) {

    /** 1 KB per window: a GPRS link brings that in a second; a dribbling server does not in a minute. */
    public static final long STALL_MIN_BYTES = 1024;

    public static final Duration DEFAULT_STALL = Duration.ofSeconds(60);
    public static final Duration DEFAULT_OVERALL = Duration.ofMinutes(30);

    public DownloadLimits {
        for (Duration d : new Duration[] {answer, stall, overall}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("download limits must be positive: " + d);
            }
        }
    }

    public static DownloadLimits withAnswer(Duration answer) {
        return new DownloadLimits(answer, DEFAULT_STALL, DEFAULT_OVERALL);
    }
}
