package org.xiangli.hal.card;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * What the text block of a resident ID card says. {@code validUntil} is empty for a long-term card (长期).
 * {@link #toString()} masks name and number so that a card never reaches a log line in full.
 */
public record IdentityCard(String name, Sex sex, Nation nation, LocalDate birthDate, String address,
        CitizenIdNumber idNumber, String issuer, LocalDate validFrom, Optional<LocalDate> validUntil) {

    /** How a long-term card's end of validity is printed. */
    public static final String LONG_TERM = "长期";

    public IdentityCard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    public boolean isLongTerm() {
        return validUntil.isEmpty();
    }

    /** Whether the card's validity ended before {@code day}. */
    public boolean isExpiredOn(LocalDate day) {
        return validUntil.map(day::isAfter).orElse(false);
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** "2036-05-10", or 长期. */
    public String validUntilText() {
        return validUntil.map(LocalDate::toString).orElse(LONG_TERM);
    }

    /** The name as shown on screens and paper: 张*三, 王*, 欧**生. */
    public String maskedName() {
        return maskName(name);
    }

    public static String maskName(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= 1) {
            return name;
        }
        int[] points = name.codePoints().toArray();
        String first = new String(points, 0, 1);
        if (length == 2) {
            return first + "*";
        }
        return first + "*".repeat(length - 2) + new String(points, length - 1, 1);
    }

    @Override
    public String toString() {
        return "IdentityCard[" + maskedName() + ", " + idNumber.masked() + "]";
    }
}
