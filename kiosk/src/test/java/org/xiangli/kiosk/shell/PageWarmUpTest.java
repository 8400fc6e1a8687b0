package org.xiangli.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.store.KioskEventRepository;

class PageWarmUpTest {

    @TempDir
    Path dir;

    @Test
    void givenAStartedKiosk_whenItsPagesAreBuiltAhead_thenHomeStaysShownAndNothingIsCountedIssuedOrPrinted()
            throws Exception {
        try (KioskFixture kiosk = KioskFixture.withSimulatedDevices(dir, 1920, 1080, Locale.SIMPLIFIED_CHINESE)) {
            // The banners are filled from the store off the UI thread after the start: compare the settled page.
            kiosk.settle();
            List<String> homeBefore = kiosk.ui().call(() -> shownText(kiosk.shell().root()));

            int rendered = kiosk.ui().call(kiosk.shell()::warmUpPages).get(60, TimeUnit.SECONDS);
            kiosk.settle();

            // Every page a villager opens from home, built without a failure: publicity, search, an article and
            // one with a picture, the services, one service, the ticket page (taken by touch, and by a card
            // holder's card), payments (identify, ID number), errands, requests, help.
            assertEquals(13, rendered, "pages rendered ahead");
            assertEquals(homeBefore, kiosk.ui().call(() -> shownText(kiosk.shell().root())),
                    "the home page is what shows");
            var events = new KioskEventRepository(kiosk.app().database());
            assertEquals(List.of(), events.latestOf(List.of(ContentLibrary.EVENT_OPENED), 10), "no article counted");
            LocalDate today = kiosk.app().queue().today();
            assertEquals(List.of(), kiosk.app().queue().ticketsBetween(today, today), "no ticket issued");
            assertEquals(0, kiosk.app().demoDevices().orElseThrow().printedCount(), "nothing printed");
        }
    }

    /**
     * The distinct texts shown, blanks left out. A label's text shows twice once CSS has made its skin (the label's own and its skin's
     * text node), and whether a label added since the last pass (the banner's) has its skin yet depends on the turns
     * of the UI thread, not on what this test is about: which page shows.
     */
    private static List<String> shownText(javafx.scene.Parent root) {
        root.applyCss();
        return SceneWalker.allText(root).lines().filter(line -> !line.isBlank()).distinct().toList();
    }
}
