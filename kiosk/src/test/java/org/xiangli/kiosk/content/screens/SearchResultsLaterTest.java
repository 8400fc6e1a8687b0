package org.xiangli.kiosk.content.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.SeedDocuments;
import org.xiangli.kiosk.content.search.PinyinInitials;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.ui.FxUi;

/** The result entries past the first page come a turn of the UI thread after the keystroke (issue 18). */
class SearchResultsLaterTest {

    @TempDir
    Path dir;

    @Test
    void givenALetterMatchingMoreThanAPage_whenTyped_thenTheFirstPageComesAtOnceAndTheRestOneTurnLater() {
        FxUi.startToolkit();
        FxUi ui = new FxUi();
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            SearchScreen page = pageOver(db, ui);
            int expected = ui.call(() -> {
                page.search("z");
                return page.shownItems().size();
            });
            assertTrue(expected > SearchScreen.FIRST_PAGE_ENTRIES, expected + " results for z");

            List<Integer> counts = ui.call(() -> {
                page.search("x");
                return List.of(entries(page), page.shownItems().size());
            });
            assertEquals(Math.min(SearchScreen.FIRST_PAGE_ENTRIES, counts.get(1)), counts.get(0), "at the keystroke");
            ui.run(() -> { }); // one turn: the rest was queued before this
            assertEquals(counts.get(1), ui.call(() -> entries(page)), "a turn later");
        }
    }

    @Test
    void givenTwoLettersInOneTurn_whenTheFirstLettersRestWouldCome_thenOnlyTheSecondLettersResultsShow() {
        FxUi.startToolkit();
        FxUi ui = new FxUi();
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            SearchScreen page = pageOver(db, ui);
            List<String> second = ui.call(() -> {
                page.search("z");
                page.search("zh");
                return page.shownItems().stream().map(ContentItem::title).toList();
            });
            ui.run(() -> { });
            ui.run(() -> { });

            List<String> shown = ui.call(() -> titles(page));
            assertEquals(second.size(), shown.size(), "no entries of the earlier letter were added late");
            for (String title : second) {
                assertTrue(shown.stream().anyMatch(t -> t.contains(title)), title + " in " + shown);
            }
        }
    }

    private static SearchScreen pageOver(Database db, FxUi ui) {
        LocalDate today = LocalDate.of(2026, 11, 23);
        ContentRepository repository = new ContentRepository(db, new PinyinInitials());
        repository.saveCategories(org.xiangli.kiosk.content.Category.DEFAULTS);
        repository.upsert(SeedDocuments.items(600, today));
        ContentLibrary library = new ContentLibrary(repository,
                Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        return ui.call(() -> new SearchScreen(new Messages(Locale.SIMPLIFIED_CHINESE), library, s -> { }, null, false));
    }

    private static int entries(SearchScreen page) {
        return titles(page).size();
    }

    /** The titles of the result entries on the page (each entry's graphic holds its title first). */
    private static List<String> titles(SearchScreen page) {
        return ((Parent) page.view()).lookupAll(".content-entry").stream()
                .map(entry -> ((javafx.scene.control.Label) ((javafx.scene.layout.VBox)
                        ((javafx.scene.control.Labeled) entry).getGraphic()).getChildren().getFirst()).getText())
                .toList();
    }
}
