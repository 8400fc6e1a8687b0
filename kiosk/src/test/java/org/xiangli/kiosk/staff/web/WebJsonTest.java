package org.xiangli.kiosk.staff.web;

import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xiangli.kiosk.queue.Call;
import org.xiangli.kiosk.i18n.Messages;

/**
 * The exact JSON the display page's script and the console read: field names and order, nulls and escapes. The
 * SSE payloads and the console's answers are a contract with pages already open in browsers.
 */
class WebJsonTest {

    static final Call CALL = new Call(7, Instant.parse("2026-03-02T01:02:03Z"), "A003", 'A', 2, false);

    @Test
    void aCallIsItsIdTicketWindowRecallAndPriorityFlagsOnly() {
        assertEquals("{\"id\":7,\"ticket\":\"A003\",\"window\":2,\"recall\":false,\"priority\":false}",
                WebJson.write(CallMessage.of(CALL)));
    }

    @Test
    void theDisplaysBoardListsEachWindowThenTheRecentCalls() {
        DisplayFeed.BoardMessage board = new DisplayFeed.BoardMessage(List.of(new DisplayFeed.WindowTicket(1, ""),
                new DisplayFeed.WindowTicket(2, "A003")), List.of(CallMessage.of(CALL)));

        assertEquals("{\"windows\":[{\"window\":1,\"ticket\":\"\"},{\"window\":2,\"ticket\":\"A003\"}],"
                + "\"recent\":[{\"id\":7,\"ticket\":\"A003\",\"window\":2,\"recall\":false,\"priority\":false}]}", WebJson.write(board));
    }

    @Test
    void aCallNextWithNobodyWaitingAnswersANullCall() {
        assertEquals("{\"call\":null}", WebJson.write(new ConsoleRoutes.Called(null)));
        assertEquals("{\"call\":{\"id\":7,\"ticket\":\"A003\",\"window\":2,\"recall\":false,\"priority\":false}}",
                WebJson.write(new ConsoleRoutes.Called(CallMessage.of(CALL))));
    }

    @Test
    void theConsoleStateKeepsItsFieldOrderAndAWaitingTicketEndsWithItsMinutes() {
        ConsoleRoutes.TicketMessage current = new ConsoleRoutes.TicketMessage(3, "A003", "A", "NONE", "CALLED");
        ConsoleRoutes.WaitingMessage waiting = new ConsoleRoutes.WaitingMessage(4, "B001", "B", "ELDERLY", "WAITING",
                12);
        ConsoleRoutes.ConsoleState state = new ConsoleRoutes.ConsoleState(2, "wang", false, current, List.of(),
                List.of(waiting), List.of(new ConsoleRoutes.ServiceName("A", "社保")), null);

        assertEquals("{\"window\":2,\"user\":\"wang\",\"paused\":false,"
                + "\"current\":{\"id\":3,\"ticket\":\"A003\",\"service\":\"A\",\"priority\":\"NONE\",\"status\":\"CALLED\"},"
                + "\"held\":[],\"waiting\":[{\"id\":4,\"ticket\":\"B001\",\"service\":\"B\",\"priority\":\"ELDERLY\","
                + "\"status\":\"WAITING\",\"waitedMinutes\":12}],\"services\":[{\"letter\":\"A\",\"name\":\"社保\"}],"
                + "\"rating\":null}", WebJson.write(state));
    }

    @Test
    void anErrorIsACodeAndAMessage() {
        assertEquals("{\"error\":\"BAD_REQUEST\",\"message\":\"missing form field ticket\"}",
                WebJson.write(new StaffServer.ErrorMessage("BAD_REQUEST", "missing form field ticket")));
        assertEquals("{\"ticket\":null}", WebJson.write(new DisplayRoutes.OpenRating(null)));
    }

    @Test
    void aLessThanSignIsEscapedSoAValueCannotCloseTheScriptElementItIsIn() {
        assertEquals("{\"t\":\"\\u003c/script>\\\"\\n\"}", WebJson.write(Map.of("t", "</script>\"\n")));
    }

    @Test
    void thePagesStringsAreOneJsonObjectInAnEscapedAttribute() throws Exception {
        WebPages pages = new WebPages(new Messages(Locale.SIMPLIFIED_CHINESE));
        String page = pages.render("display.jte", new DisplayRoutes.DisplayPage(pages.frame("青石村"), "Asia/Shanghai",
                0));
        String open = "<meta name=\"i18n\" content=\"";
        String attribute = page.substring(page.indexOf(open) + open.length());
        attribute = attribute.substring(0, attribute.indexOf('"'));

        assertFalse(attribute.contains("<"), attribute);
        String json = attribute.replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assertTrue(json.startsWith("{\"") && json.endsWith("}"), json);
        assertEquals("请 {0} 号到 {1} 号窗口办理", new ObjectMapper().readTree(json).get("display.call").asText());
    }
}
