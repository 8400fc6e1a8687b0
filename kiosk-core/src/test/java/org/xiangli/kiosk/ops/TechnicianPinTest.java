package org.xiangli.kiosk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.config.PinHash;
import org.xiangli.kiosk.store.Database;

class TechnicianPinTest {

    private static final Instant T = Instant.parse("2026-11-23T02:00:00Z");
    private static final String HASH = PinHash.hash("135790");

    @TempDir
    Path dir;

    @Test
    void repeatedWrongPinsLockThePadEvenAgainstTheRightOne() {
        TechnicianPin pin = new TechnicianPin(HASH, TechnicianPin.Store.inMemory());
        for (int i = 0; i < TechnicianPin.MAX_WRONG - 1; i++) {
            assertEquals(TechnicianPin.Result.WRONG, pin.check("000000", T));
        }
        assertEquals(TechnicianPin.Result.LOCKED, pin.check("000000", T));
        assertEquals(TechnicianPin.Result.LOCKED, pin.check("135790", T.plusSeconds(60)),
                "even the right PIN waits out the lockout");
        assertEquals(TechnicianPin.Result.ACCEPTED, pin.check("135790", T.plusSeconds(301)));
    }

    @Test
    void aLoginAndALockoutAreHeardButAWrongPinAloneIsNot() {
        java.util.List<TechnicianPin.Result> heard = new java.util.ArrayList<>();
        TechnicianPin pin = new TechnicianPin(HASH, TechnicianPin.Store.inMemory(), heard::add);
        assertEquals(TechnicianPin.Result.ACCEPTED, pin.check("135790", T));
        for (int i = 0; i < TechnicianPin.MAX_WRONG; i++) {
            pin.check("000000", T);
        }
        pin.check("000000", T);
        assertEquals(java.util.List.of(TechnicianPin.Result.ACCEPTED, TechnicianPin.Result.LOCKED), heard);
    }

    @Test
    void theLockoutAndTheWrongCountSurviveARestart() {
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            TechnicianPin pin = new TechnicianPin(HASH, new TechnicianPinRepository(db));
            for (int i = 0; i < TechnicianPin.MAX_WRONG; i++) {
                pin.check("000000", T);
            }
        }
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            TechnicianPin afterRestart = new TechnicianPin(HASH, new TechnicianPinRepository(db));
            assertEquals(TechnicianPin.Result.LOCKED, afterRestart.check("135790", T.plusSeconds(60)),
                    "pulling the plug gives no fresh tries");
            assertEquals(TechnicianPin.Result.WRONG, afterRestart.check("000000", T.plusSeconds(301)));
        }
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            TechnicianPin again = new TechnicianPin(HASH, new TechnicianPinRepository(db));
            for (int i = 0; i < TechnicianPin.MAX_WRONG - 2; i++) {
                assertEquals(TechnicianPin.Result.WRONG, again.check("000000", T.plusSeconds(302)));
            }
            assertEquals(TechnicianPin.Result.LOCKED, again.check("000000", T.plusSeconds(303)),
                    "the wrong count, too, was kept");
        }
    }

    @Test
    void outsideDemoModeTheDemoPinIsRefusedHoweverItWasHashed() {
        KioskConfig defaults = ConfigLoader.defaults();
        KioskConfig rehashed = defaults.withTechnicianPin(PinHash.hash(ConfigLoader.DEMO_PIN));
        KioskConfig own = defaults.withTechnicianPin(HASH);

        assertEquals("", TechnicianPin.refuseDemoPin(defaults).technician().pinHash());
        assertEquals("", TechnicianPin.refuseDemoPin(rehashed).technician().pinHash());
        assertEquals(HASH, TechnicianPin.refuseDemoPin(own).technician().pinHash());
    }

    @Test
    void withNoPinSetNothingOpensTheMenu() {
        TechnicianPin none = new TechnicianPin("", TechnicianPin.Store.inMemory());

        assertFalse(none.isSet());
        assertEquals(TechnicianPin.Result.NOT_SET, none.check(ConfigLoader.DEMO_PIN, T));
        assertEquals(TechnicianPin.Result.NOT_SET, none.check("", T));
    }
}
