package org.xiangli.hal.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentityTextTest {

    @Test
    void givenEveryDemoCard_whenEncodedAndDecoded_thenTheSameIdentityComesBack() throws Exception {
        for (IdentityCard card : DemoIdentities.ALL) {
            byte[] block = IdentityText.encode(card);

            assertEquals(IdentityText.LENGTH, block.length);
            assertEquals(card, IdentityText.decode(block));
        }
    }

    @Test
    void givenALongTermCard_whenDecoded_thenValidityHasNoEndAndPrintsAsChangQi() throws Exception {
        IdentityCard card = IdentityText.decode(IdentityText.encode(DemoIdentities.WANG_XIUYING));

        assertTrue(card.isLongTerm());
        assertEquals("长期", card.validUntilText());
        assertFalse(card.isExpiredOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void givenTheFieldOffsetsOfTheManual_whenEncoded_thenEachFieldSitsAtItsOffset() {
        byte[] block = IdentityText.encode(DemoIdentities.LI_JIANGUO);

        assertEquals("李建国", field(block, 0, 30));
        assertEquals("1", field(block, 30, 2));
        assertEquals("01", field(block, 32, 4));
        assertEquals("19680802", field(block, 36, 16));
        assertEquals(DemoIdentities.LI_JIANGUO.idNumber().value(), field(block, 122, 36));
        assertEquals("青石县公安局", field(block, 158, 30));
        assertEquals("20160510", field(block, 188, 16));
        assertEquals("20360510", field(block, 204, 16));
    }

    @Test
    void givenNationCodes_whenLookedUp_thenGbT3304NamesComeBack() {
        assertEquals("汉", Nation.of(1).name());
        assertEquals("苗", Nation.of(6).name());
        assertEquals("基诺", Nation.of(56).name());
        assertEquals("其他", Nation.of(97).name());
        assertEquals("外国血统中国籍人士", Nation.of(98).name());
        assertEquals("未知", Nation.of(77).name());
    }

    @Test
    void givenTheDemoCards_whenChecked_thenOneIsElderlyAndOneIsExpired() {
        LocalDate today = LocalDate.of(2026, 11, 23);

        assertTrue(DemoIdentities.ALL.stream().anyMatch(c -> c.birthDate().getYear() < 1950));
        assertTrue(DemoIdentities.ZHANG_XIAOMEI.isExpiredOn(today));
        assertTrue(DemoIdentities.ALL.stream().allMatch(
                c -> CitizenIdNumber.check(c.idNumber().value()) == CitizenIdNumber.Problem.NONE));
        assertTrue(DemoIdentities.ALL.stream().allMatch(c -> c.idNumber().birthDate().equals(c.birthDate())));
    }

    @Test
    void givenNames_whenMasked_thenOnlyFirstAndLastCharacterShow() {
        assertEquals("张*三", IdentityCard.maskName("张小三"));
        assertEquals("王*", IdentityCard.maskName("王五"));
        assertEquals("欧**生", IdentityCard.maskName("欧阳春生"));
        assertFalse(DemoIdentities.LI_JIANGUO.toString().contains("李建国"));
    }

    @Test
    void givenABlockWithAnInvalidIdNumber_whenDecoded_thenCardDataExceptionSaysSo() {
        byte[] block = IdentityText.encode(DemoIdentities.LI_JIANGUO);
        block[122 + 34] = (byte) (block[122 + 34] == '0' ? '1' : '0');

        CardDataException e = assertThrows(CardDataException.class, () -> IdentityText.decode(block));

        assertTrue(e.getMessage().contains("check character"), e.getMessage());
    }

    private static String field(byte[] block, int offset, int length) {
        return new String(block, offset, length, StandardCharsets.UTF_16LE).strip();
    }
}
