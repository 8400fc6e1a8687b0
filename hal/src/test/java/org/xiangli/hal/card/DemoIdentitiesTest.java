package org.xiangli.hal.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoIdentitiesTest {

    @Test
    void aPlausibleCardTakesBirthDateAndSexFromTheNumber() {
        IdentityCard card = DemoIdentities.plausible(DemoIdentities.WANG_XIUYING.idNumber(), "王秀英");

        assertEquals("王秀英", card.name());
        assertEquals(LocalDate.of(1942, 3, 15), card.birthDate());
        assertEquals(Sex.FEMALE, card.sex());
        assertEquals(DemoIdentities.WANG_XIUYING.idNumber(), card.idNumber());
        assertTrue(card.isLongTerm(), "over 46 when issued: 长期");
    }

    @Test
    void aYoungerHoldersCardRunsTenOrTwentyYearsAndIsValidToday() {
        IdentityCard zhang = DemoIdentities.plausible(DemoIdentities.ZHANG_XIAOMEI.idNumber(), "张小梅");
        String first17 = "36012320000101001";
        IdentityCard young = DemoIdentities.plausible(
                new CitizenIdNumber(first17 + CitizenIdNumber.checkCharacter(first17)), "赵小军");

        assertEquals(Optional.of(LocalDate.of(2040, 1, 1)), zhang.validUntil(), "29 when issued: 20 years");
        assertEquals(Sex.MALE, young.sex());
        assertEquals(Optional.of(LocalDate.of(2030, 1, 1)), young.validUntil());
        assertFalse(young.isExpiredOn(LocalDate.of(2026, 11, 23)));
    }
}
