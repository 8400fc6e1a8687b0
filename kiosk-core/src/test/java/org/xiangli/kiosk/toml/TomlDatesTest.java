package org.xiangli.kiosk.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xiangli.kiosk.toml.TomlAssertions.assertError;
import static org.xiangli.kiosk.toml.TomlAssertions.read;
import static org.xiangli.kiosk.toml.TomlAssertions.value;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TomlDatesTest {

    @Test
    void anOffsetDateTimeTakesZOrAnOffsetAndATOrASpace() {
        assertEquals(OffsetDateTime.of(1979, 5, 27, 7, 32, 0, 0, ZoneOffset.UTC), value("1979-05-27T07:32:00Z"));
        assertEquals(OffsetDateTime.of(1979, 5, 27, 7, 32, 0, 0, ZoneOffset.UTC), value("1979-05-27t07:32:00z"));
        assertEquals(OffsetDateTime.of(1979, 5, 27, 7, 32, 0, 0, ZoneOffset.UTC), value("1979-05-27 07:32:00Z"));
        assertEquals(OffsetDateTime.of(1979, 5, 27, 0, 32, 0, 999_999_000, ZoneOffset.ofHours(-7)),
                value("1979-05-27T00:32:00.999999-07:00"));
        assertEquals(OffsetDateTime.of(2026, 11, 23, 8, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 45)),
                value("2026-11-23T08:00:00+05:45"));
    }

    @Test
    void localDatesTimesAndDateTimes() {
        assertEquals(LocalDateTime.of(1979, 5, 27, 7, 32), value("1979-05-27T07:32:00"));
        assertEquals(LocalDateTime.of(2000, 2, 29, 23, 59, 59, 500_000_000), value("2000-02-29 23:59:59.5"));
        assertEquals(LocalDate.of(1979, 5, 27), value("1979-05-27"));
        assertEquals(LocalTime.of(7, 32), value("07:32:00"));
        assertEquals(LocalTime.of(0, 32, 0, 999_999_000), value("00:32:00.999999"));
    }

    @Test
    void fractionsFinerThanNanosecondsAreCutOffNotRounded() {
        assertEquals(LocalTime.of(23, 59, 59, 999_999_999), value("23:59:59.9999999999999"));
    }

    @Test
    void aDateFollowedByASpaceAndNoTimeIsADate() {
        TomlTable table = read("d = 1979-05-27 # birthday\ne = [1979-05-27 , 1]\n");
        assertEquals(LocalDate.of(1979, 5, 27), table.get("d"));
        assertEquals(LocalDate.of(1979, 5, 27), table.getArrayOrEmpty("e").get(0));
    }

    @Test
    void aDateThatDoesNotExistIsAnError() {
        assertError("v = 2026-13-01", 1, 5, "'2026-13-01' is not a valid date or time: month 13 does not exist");
        assertError("v = 2026-02-29", 1, 5, "day 29 does not exist in 2026-02");
        assertError("v = 2026-04-00", 1, 5, "day 0 does not exist");
        assertError("v = 24:00:00", 1, 5, "the time 24:00:00 does not exist");
        assertError("v = 23:60:00", 1, 5, "does not exist");
        assertError("v = 23:59:60", 1, 5, "does not exist");
    }

    @Test
    void aMalformedDateOrTimeIsAnError() {
        assertError("v = 07:32", 1, 5, "'07:32' is not a valid date or time: a time needs seconds, e.g. 07:32:00");
        assertError("v = 1979-5-27", 1, 5, "write a date as 1979-05-27");
        assertError("v = 1979-05-27X07:32:00", 1, 5, "is not a valid date or time");
        assertError("v = 1979-05-27T07:32:00.", 1, 5, "a '.' in a time must be followed by digits");
        assertError("v = 1979-05-27T07:32:00+8:00", 1, 5, "is not a valid date or time");
        assertError("v = 1979-05-27T07:32:00-07:0", 1, 5, "is not a valid date or time");
        assertError("v = 1979-05-27T07:32:00+19:00", 1, 5, "the offset +19:00 is out of range");
        assertError("v = 07:32:00Z", 1, 5, "is not a valid date or time");
    }
}
