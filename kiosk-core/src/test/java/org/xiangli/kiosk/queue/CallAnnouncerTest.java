package org.xiangli.kiosk.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xiangli.kiosk.i18n.Messages;

class CallAnnouncerTest {

    @Test
    void aCallIsSpokenWithTheTicketDigitsOneByOne() {
        List<String> spoken = new ArrayList<>();
        CallAnnouncer announcer = new CallAnnouncer(new Messages(Locale.SIMPLIFIED_CHINESE), spoken::add);
        announcer.called(new Call(1, Instant.EPOCH, "A003", 'A', 2, false));
        announcer.called(new Call(2, Instant.EPOCH, "B120", 'B', 12, true));
        assertEquals(List.of("请 A 0 0 3 号到 2 号窗口办理", "请 B 1 2 0 号到 12 号窗口办理"), spoken);
    }
}
