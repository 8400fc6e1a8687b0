package org.xiangli.kiosk.content.sync;

import java.time.Duration;

/**
 * How long and how large a bundle download may be. A server that answers and then sends a byte every few seconds
 * would otherwise hold the content thread for ever: a download that brings fewer than {@link #STALL_MIN_BYTES}
 * within {@code stall}, or runs longer than {@code overall}, is cut; what arrived is kept and the next poll resumes
 * it. A server that announces or sends more than {@code maxBytes} would fill the SD card: that download is refused
 * and what arrived is deleted.
 *
 * @param answer   how long to wait for the server's response headers
 * @param stall    the window in which at least {@link #STALL_MIN_BYTES} must arrive
 * @param overall  the longest one download may run, however it trickles
 * @param maxBytes the largest bundle accepted (config {@code content.max_bundle_mb})
 */
public record DownloadLimits(Duration answer, Duration stall, Duration overall, long maxBytes) {

    /** 1 KB per window: a GPRS link brings that in a second; a dribbling server does not in a minute. */
    public static final long STALL_MIN_BYTES = 1024;

    public static final Duration DEFAULT_STALL = Duration.ofSeconds(60);
    public static final Duration DEFAULT_OVERALL = Duration.ofMinutes(30);
    /** Room for a few hundred photos beside 20,000 items; a card of 16 GB has room for it several times over. */
    public static final long DEFAULT_MAX_BYTES = 512L << 20;

    public DownloadLimits {
        for (Duration d : new Duration[] {answer, stall, overall}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("download limits must be positive: " + d);
            }
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the largest bundle must be positive: " + maxBytes);
        }
    }

    public static DownloadLimits withAnswer(Duration answer) {
        return new DownloadLimits(answer, DEFAULT_STALL, DEFAULT_OVERALL, DEFAULT_MAX_BYTES);
    }

    /** These limits with another largest bundle. */
    public DownloadLimits withMaxBytes(long max) {
        return new DownloadLimits(answer, stall, overall, max);
    }
}
