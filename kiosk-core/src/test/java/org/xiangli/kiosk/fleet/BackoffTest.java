package org.xiangli.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delaysDoubleUpToTheMaximumEachBetweenHalfAndAllOfItsStep() {
        Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30), new Random(1));
        long[] steps = {2000, 4000, 8000, 16000, 30000, 30000, 30000};
        for (long step : steps) {
            long d = backoff.next().toMillis();
            assertTrue(d >= step / 2 && d <= step, d + " outside [" + step / 2 + ", " + step + "]");
        }
    }

    @Test
    void kiosksStartingTogetherDoNotRetryTogether() {
        Set<Long> firstRetries = new HashSet<>();
        for (int kiosk = 0; kiosk < 50; kiosk++) {
            Backoff b = new Backoff(Duration.ofSeconds(60), Duration.ofMinutes(5), new Random(kiosk));
            firstRetries.add(b.next().toMillis());
        }
        assertTrue(firstRetries.size() > 45, "jitter spreads 50 kiosks: " + firstRetries.size() + " distinct");
    }

    @Test
    void aSuccessStartsOverFromTheFirstDelay() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), new Random(3));
        for (int i = 0; i < 8; i++) {
            backoff.next();
        }
        backoff.reset();
        assertTrue(backoff.next().toMillis() <= 1000);
    }
}
