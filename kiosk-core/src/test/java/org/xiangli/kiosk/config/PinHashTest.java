package org.xiangli.kiosk.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PinHashTest {

    @Test
    void aHashMatchesOnlyItsPinAndIsSaltedEachTime() {
        String a = PinHash.hash("135790");
        String b = PinHash.hash("135790");
        assertNotEquals(a, b);
        assertTrue(PinHash.matches("135790", a));
        assertTrue(PinHash.matches("135790", b));
        assertFalse(PinHash.matches("135791", a));
        assertFalse(PinHash.matches("", a));
    }

    @Test
    void malformedHashesNeverMatch() {
        for (String bad : new String[] {"", "x", "pbkdf2-sha256$1$$", "pbkdf2-sha256$abc$AAAA$AAAA",
                "pbkdf2-sha256$60000$!!!$AAAA", "md5$1$2$3"}) {
            assertFalse(PinHash.isWellFormed(bad), bad);
            assertFalse(PinHash.matches("1234", bad), bad);
        }
    }
}
