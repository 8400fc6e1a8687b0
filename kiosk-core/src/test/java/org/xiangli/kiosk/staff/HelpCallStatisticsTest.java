package org.xiangli.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HelpCallStatisticsTest {

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void countsCallsAndAnswersAndTakesTheMedianAndP90OfTheAnsweredOnesOnly() {
        List<HelpCall> calls = new ArrayList<>();
        // Answered after 10, 20, ..., 100 seconds, in shuffled order, and two never answered.
        int[] seconds = {70, 10, 100, 40, 20, 90, 30, 60, 50, 80};
        for (int i = 0; i < seconds.length; i++) {
            calls.add(call(i, Optional.of(Duration.ofSeconds(seconds[i]))));
        }
        calls.add(call(10, Optional.empty()));
        calls.add(call(11, Optional.empty()));

        HelpCallStatistics s = HelpCallStatistics.of(calls);

        assertEquals(12, s.calls());
        assertEquals(10, s.answered());
        assertEquals(Optional.of(Duration.ofSeconds(50)), s.medianToAnswer());
        assertEquals(Optional.of(Duration.ofSeconds(90)), s.p90ToAnswer());
    }

    @Test
    void noAnsweredCallHasNoTimes() {
        HelpCallStatistics s = HelpCallStatistics.of(List.of(call(1, Optional.empty())));
        assertEquals(new HelpCallStatistics(1, 0, Optional.empty(), Optional.empty()), s);
        assertEquals(new HelpCallStatistics(0, 0, Optional.empty(), Optional.empty()), HelpCallStatistics.of(List.of()));
    }

    @Test
    void oneAnsweredCallIsItsOwnMedianAndP90() {
        HelpCallStatistics s = HelpCallStatistics.of(List.of(call(1, Optional.of(Duration.ofSeconds(42)))));
        assertEquals(Optional.of(Duration.ofSeconds(42)), s.medianToAnswer());
        assertEquals(Optional.of(Duration.ofSeconds(42)), s.p90ToAnswer());
    }

    private static HelpCall call(long id, Optional<Duration> after) {
        return new HelpCall(id, "DEMO-001", "首页", HelpCall.Source.SCREEN, T0, after.map(T0::plus),
                after.map(d -> "wang"));
    }
}
