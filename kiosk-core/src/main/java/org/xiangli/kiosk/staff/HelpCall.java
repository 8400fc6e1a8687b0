package org.xiangli.kiosk.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A villager's call for staff (呼叫工作人员): from which kiosk (its station code) and page, how (the button on the
 * screen or the one beside it), when, and when and by whom it was answered.
 */
public record HelpCall(long id, String station, String page, Source source, Instant calledAt,
                       Optional<Instant> answeredAt, Optional<String> answeredBy) {

    /** Where the villager asked. */
    public enum Source {
        /** 呼叫工作人员 in the header of the page. */
        SCREEN,
        /** The help button beside the screen (GPIO). */
        BUTTON
    }

    public HelpCall {
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(calledAt, "calledAt");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(answeredBy, "answeredBy");
    }

    public boolean answered() {
        return answeredAt.isPresent();
    }

    /** How long the villager waited for staff; empty while nobody has answered. */
    public Optional<Duration> waited() {
        return answeredAt.map(at -> Duration.between(calledAt, at));
    }
}
