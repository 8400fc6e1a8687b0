package org.xiangli.kiosk.content.screens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.scene.Scene;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.SeedDocuments;
import org.xiangli.kiosk.content.search.PinyinInitials;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.shell.Snapshots;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.ui.FxUi;

/**
 * Search keystroke → results drawn (issue 18, {@code bench/search.sh}): a store of N items (the seed documents),
 * the search page in a 1280×800 scene, and villagers typing the pinyin initials of titles letter by letter. Each
 * keystroke is timed from the letter to the scene rendered with its results (a snapshot: CSS, layout, render and a
 * pixel read-back, as headless has no window). Prints p50/p99 per query length and overall, with the load average.
 * Usage: SearchKeystrokeBenchmark WORK_DIR [ITEMS] [WORDS]
 */
public final class SearchKeystrokeBenchmark {

    private SearchKeystrokeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int words = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        LocalDate today = LocalDate.of(2026, 11, 23);
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        Path dbFile = work.resolve("kiosk.db");
        Files.deleteIfExists(dbFile);
        FxUi.startToolkit();
        FxUi ui = new FxUi();
        try (Database db = Database.open(dbFile)) {
            ContentRepository repository = new ContentRepository(db, new PinyinInitials());
            repository.saveCategories(org.xiangli.kiosk.content.Category.DEFAULTS);
            List<ContentItem> items = SeedDocuments.items(count, today);
            repository.upsert(items);
            ContentLibrary library = new ContentLibrary(repository, clock);
            Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
            // No article opens here: the page's links to articles are never touched, so it needs no ContentPages.
            SearchScreen page = ui.call(() -> new SearchScreen(messages, library, s -> { }, null, false));
            Scene scene = ui.call(() -> {
                javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(page.view());
                // The kiosk's CJK font, as the shell sets it: its glyphs are what is drawn.
                root.setStyle("-fx-font-family: \"" + org.xiangli.kiosk.ui.CjkFonts.requireFamily() + "\";");
                Scene s = new Scene(root, 1280, 800);
                s.getStylesheets().add(org.xiangli.kiosk.ui.Theme.stylesheet());
                Snapshots.render(s);
                return s;
            });
            PinyinInitials pinyin = new PinyinInitials();
            Random random = new Random(7);
            List<List<Double>> byLength = new ArrayList<>();
            for (int i = 0; i < SearchScreen.MAX_INITIALS; i++) {
                byLength.add(new ArrayList<>());
            }
            List<Double> all = new ArrayList<>();
            List<Double> queries = new ArrayList<>();
            System.out.println("items " + count + ", " + words + " words typed; load " + load());
            for (int w = 0; w < words; w++) {
                String title = items.get(random.nextInt(items.size())).title();
                String typed = pinyin.variants(title.substring(0, Math.min(4, title.length()))).getFirst();
                ui.run(() -> page.search(""));
                for (int n = 1; n <= typed.length(); n++) {
                    String prefix = typed.substring(0, n);
                    double ms = ui.call(() -> {
                        long t0 = System.nanoTime();
                        page.search(prefix);
                        Snapshots.render(scene);
                        return (System.nanoTime() - t0) / 1e6;
                    });
                    // The store's part alone (the same query again: what the page's refresh asked of it).
                    long q0 = System.nanoTime();
                    library.search(prefix, SearchScreen.MAX_RESULTS);
                    double queryMs = (System.nanoTime() - q0) / 1e6;
                    if (w >= 3) {   // the first words warm the code up, as the kiosk's first minutes do
                        byLength.get(n - 1).add(ms);
                        all.add(ms);
                        queries.add(queryMs);
                    }
                }
            }
            System.out.println("letters typed   n   p50 ms   p99 ms   max ms");
            for (int i = 0; i < byLength.size(); i++) {
                if (!byLength.get(i).isEmpty()) {
                    print(Integer.toString(i + 1), byLength.get(i));
                }
            }
            print("ALL", all);
            print("store only", queries);
            System.out.println("load " + load());
        }
        javafx.application.Platform.exit();
    }

    private static void print(String label, List<Double> xs) {
        double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-12s %5d %8.1f %8.1f %8.1f%n", label, s.length, pct(s, 50), pct(s, 99),
                s[s.length - 1]);
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String load() throws java.io.IOException {
        return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }
}
