package org.xiangli.hal.device;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** A point in monotonic time by which a command must finish; reads take their timeout from what remains. */
public record Deadline(long nanoTime) {

    public static Deadline after(Duration timeout) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    public Duration remaining() {
        long left = nanoTime - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    public boolean passed() {
        return nanoTime - System.nanoTime() <= 0;
    }

    public void check(String what) throws TimeoutException {
        if (passed()) {
            throw new TimeoutException(what + " timed out");
        }
    }
}
