package org.xiangli.kiosk.staff.web;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xiangli.kiosk.queue.InvalidInput;
import org.xiangli.kiosk.queue.QueueAdmin;

/** The admin forms' small parsers: what an admin may type, and a clear error (never a crash) for anything else. */
class AdminFormsTest {

    @Test
    void windowListsAcceptCommasChineseCommasAndSpaces() {
        assertEquals(List.of(1, 2, 3), AdminRoutes.windowNumbers("3、1，2"));
        assertEquals(List.of(1, 2), AdminRoutes.windowNumbers(" 2, 1 2 "));
        assertEquals(List.of(), AdminRoutes.windowNumbers(""));
        assertEquals("web.admin.error.windowNumber",
                assertThrows(InvalidInput.class, () -> AdminRoutes.windowNumbers("1, two")).key());
    }

    @Test
    void randomWindowListsAndTimesOnlyEverFailWithInvalidInput() {
        Random random = new Random(2026);
        String alphabet = "0123456789,，、 :-+x中\t\n";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                AdminRoutes.windowNumbers(text.toString()).forEach(w -> assertTrue(w != null));
            } catch (InvalidInput expected) {
                assertTrue(expected.key().startsWith("web.admin.error."));
            }
            try {
                QueueAdmin.parseTime(text.toString());
            } catch (InvalidInput expected) {
                assertEquals("web.admin.error.resetAt", expected.key());
            }
        }
    }
}
