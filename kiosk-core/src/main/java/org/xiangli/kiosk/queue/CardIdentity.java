package org.xiangli.kiosk.queue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Who swiped the ID card when taking a ticket: only what the queue needs (the number, to allow one waiting ticket
 * per person and service; the birth date, for priority by age). Never stored as such; see {@link PersonKeys}.
 */
public record CardIdentity(String idNumber, LocalDate birthDate) {

    public CardIdentity {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(birthDate, "birthDate");
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    @Override
    public String toString() {
        // Never let the full ID number reach a log line by accident.
        return "CardIdentity[born " + birthDate.getYear() + "]";
    }
}
