package org.xiangli.hal.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CitizenIdNumberTest {

    @Test
    void computesTheIso7064CheckCharacter() {
        // 11010519491231002X is the example number of GB 11643's explanatory material.
        assertEquals('X', CitizenIdNumber.checkCharacter("11010519491231002"));
        // 4·7+4·9+0+5·5+2·8+4·4+1·2+8·1+8·6+0+0+1·9+0+1·5+0+0+1·2 = 195; 195 mod 11 = 8 -> '4'
        assertEquals('4', CitizenIdNumber.checkCharacter("44052418800101001"));
    }

    @Test
    void acceptsAWellFormedNumberAndDecodesIt() {
        CitizenIdNumber id = CitizenIdNumber.parse("11010519491231002x");
        assertEquals("11010519491231002X", id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertFalse(id.isMale());
        assertEquals("1101**********002X", id.masked());
        assertEquals(id.masked(), id.toString());
    }

    @Test
    void namesWhatIsWrong() {
        assertEquals(CitizenIdNumber.Problem.LENGTH, CitizenIdNumber.check("1101051949"));
        assertEquals(CitizenIdNumber.Problem.CHARACTERS, CitizenIdNumber.check("1101051949123100AX"));
        assertEquals(CitizenIdNumber.Problem.BIRTH_DATE, CitizenIdNumber.check("110105194913310021"));
        assertEquals(CitizenIdNumber.Problem.CHECK_DIGIT, CitizenIdNumber.check("110105194912310021"));
        assertThrows(IllegalArgumentException.class, () -> new CitizenIdNumber("110105194912310021"));
    }

    @Test
    void judgesPrefixesWhileTheyAreTyped() {
        assertTrue(CitizenIdNumber.isPlausiblePrefix(""));
        assertTrue(CitizenIdNumber.isPlausiblePrefix("1101051949"));
        assertFalse(CitizenIdNumber.isPlausiblePrefix("11010519491331"));
        assertTrue(CitizenIdNumber.isPlausiblePrefix("11010519491231002X"));
        assertFalse(CitizenIdNumber.isPlausiblePrefix("110105194912310021"));
    }

    @Test
    void randomInputNeverThrowsFromCheck() {
        Random random = new Random(42);
        String alphabet = "0123456789Xx- 乡\u0000";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(22);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = sb.toString();
            CitizenIdNumber.Problem problem = CitizenIdNumber.check(candidate);
            if (problem == CitizenIdNumber.Problem.NONE) {
                assertEquals(candidate.charAt(17), CitizenIdNumber.checkCharacter(candidate.substring(0, 17)));
            }
            CitizenIdNumber.isPlausiblePrefix(candidate);
        }
    }
}
