package org.xiangli.kiosk.errands;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * An errand as stored: no ID number and no name, only the sealed name the desk can open (and nothing once purged).
 * {@code checkCode} is the four digits printed on the receipt (in its QR too): the second factor for a typed ID
 * number and what makes a receipt's QR unguessable from its number.
 */
public record Errand(long id, String number, String checkCode, Optional<byte[]> nameSealed, String service,
                     LocalDate promised, ErrandState state, String notes, String missing, Instant registeredAt,
                     String registeredBy, Instant changedAt, Optional<Instant> doneAt, Optional<Instant> handedAt,
                     Optional<Instant> purgedAt) {

    public Errand {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(checkCode, "checkCode");
        Objects.requireNonNull(nameSealed, "nameSealed");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(promised, "promised");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(doneAt, "doneAt");
        Objects.requireNonNull(handedAt, "handedAt");
        Objects.requireNonNull(purgedAt, "purgedAt");
    }

    /** Past its promised date and not done yet. */
    public boolean overdue(LocalDate today) {
        return !state.finished() && promised.isBefore(today);
    }

    /** Done on or before the promised date; empty while it is not done. */
    public Optional<Boolean> onTime(ZoneId zone) {
        return doneAt.map(at -> !LocalDate.ofInstant(at, zone).isAfter(promised));
    }

    @Override
    public String toString() {
        // Never the sealed bytes, never anything personal: this reaches log lines.
        return "Errand[" + number + ", " + service + ", " + state + "]";
    }
}
