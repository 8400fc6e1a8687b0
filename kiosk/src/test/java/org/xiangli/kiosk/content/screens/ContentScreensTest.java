package org.xiangli.kiosk.content.screens;

import org.xiangli.kiosk.content.Category;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.ContentRepository;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.KioskApp;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.content.bundle.BundleFixture;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.content.sync.UsbImportProgress;
import org.xiangli.kiosk.ui.CjkFonts;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.shell.KioskShell;
import org.xiangli.kiosk.shell.Snapshots;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;

/** The publicity screens with bundle content, rendered headless at 1920×1080; PNGs in target/screenshots. */
class ContentScreensTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;

    private static KioskApp app;
    private static final FxUi UI = new FxUi();
    private static KioskShell shell;
    private static Scene scene;

    @BeforeAll
    static void start() throws Exception {
        Database db = Database.open(dir.resolve("kiosk.db"));
        PublisherKeyFiles.Signer signer = BundleFixture.signer(dir.resolve("keys"));
        Path bundle = BundleFixture.build(BundleFixture.contentDir(dir.resolve("content")), signer, 1,
                dir.resolve("b.xlb"));
        new BundleImporter(new ContentRepository(db), new KioskEventRepository(db),
                new TrustedKeys(List.of(signer.publicKey())), "DEMO-001", BundleLimits.DEFAULT, CLOCK)
                .importFile(bundle);
        app = new KioskApp(ConfigLoader.defaults(), db, CLOCK, UI);
        FxUi.startToolkit();
        UI.run(() -> {
            shell = app.createShell(CjkFonts.requireFamily(), () -> { });
            scene = new Scene(shell.root(), 1920, 1080);
        });
    }

    @AfterAll
    static void stop() {
        UI.run(shell::stop);
        app.close();
    }

    /** Home, with the bulletin board woken away by a touch as a villager would. */
    private static void reset() {
        if (shell.isAttractShowing()) {
            javafx.event.Event.fireEvent(shell.root(), new javafx.scene.input.MouseEvent(
                    javafx.scene.input.MouseEvent.MOUSE_PRESSED, 10, 10, 10, 10, javafx.scene.input.MouseButton.PRIMARY,
                    1, false, false, false, false, true, false, false, false, false, false, null));
        }
        shell.goHome();
    }

    private static void shoot(String name) {
        UI.run(() -> {
            try {
                // A scene without a window only syncs every node on its first snapshot; later changes would not
                // show, so each shot gets a fresh scene. The first pass settles size-dependent state (pager buttons).
                scene.setRoot(new javafx.scene.Group());
                scene = new Scene(shell.root(), 1920, 1080);
                Snapshots.render(scene);
                Snapshots.writePng(Snapshots.render(scene), SHOTS.resolve(name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void categoryAndListShowUrgentAndPinnedFirstWithTheUrgentBanner() {
        UI.run(() -> {
            reset();
            shell.open(shell.screens().content().publicity());
        });
        shoot("content-category-notices.png");
        PublicityScreen screen = UI.call(() -> (PublicityScreen) shell.current());
        UI.run(() -> screen.showCategory(Category.DEFAULTS.get(2)));
        shoot("content-list-affairs.png");

        assertTrue(UI.call(() -> shell.root().lookupAll(".urgent-banner").stream()
                .anyMatch(n -> ((Button) n).getText().contains("明天上午停水通知"))));
        assertEquals(1, UI.call(() -> shell.root().lookupAll(".content-entry").size()));
    }

    @Test
    void readerPagesAWideTableSidewaysShowsTheImageAndAQr() {
        UI.run(() -> {
            reset();
            shell.open(shell.screens().content().publicity());
            ContentItem finance = new ContentLibrary(new ContentRepository(app.database()), CLOCK).find("finance-q3")
                    .orElseThrow();
            shell.open(shell.screens().content().article(finance));
        });
        shoot("content-reader-table-image.png");
        ArticleScreen reader = UI.call(() -> (ArticleScreen) shell.current());

        Node qr = UI.call(() -> shell.root().lookup(".article-qr"));
        assertInstanceOf(ImageView.class, qr);
        UI.run(() -> ((Button) shell.root().lookup(".table-next")).fire());
        String position = UI.call(() -> ((Label) shell.root().lookup(".article .pager-position")).getText());
        assertTrue(position.contains("5") && position.contains("7"), position);
        shoot("content-reader-table-columns-2.png");

        // The picture is a touchable stack (its wrapped caption measures right), not a button.
        UI.run(() -> shell.root().lookup(".article-image").getOnMouseClicked().handle(null));
        assertTrue(UI.call(reader::isZoomed));
        shoot("content-reader-image-enlarged.png");
        UI.run(reader::closeZoom);
        assertFalse(UI.call(reader::isZoomed));
    }

    @Test
    void searchByPinyinInitialsOnTheLetterPad() {
        UI.run(() -> {
            reset();
            shell.open(shell.screens().content().search());
        });
        SearchScreen search = UI.call(() -> (SearchScreen) shell.current());
        UI.run(() -> {
            for (String key : List.of("Y", "L", "B", "X")) {
                search.keypad().press(key);
            }
        });
        shoot("content-search-ylbx.png");

        assertEquals(List.of("城乡居民养老保险缴费档次说明"),
                UI.call(() -> search.shownItems().stream().map(ContentItem::title).toList()));
    }

    @Test
    void bulletinBoardShowsTheFeaturedItemWhenIdle() throws InterruptedException {
        UI.run(ContentScreensTest::reset);
        long collectionsBefore = collections();
        UI.run(() -> shell.advanceIdle(Duration.ofMinutes(5)));
        shoot("content-attract-loop.png");

        assertTrue(UI.call(shell::isAttractShowing));
        // Nobody at the screen: the heap is collected now, not under the next villager's touch.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (collections() == collectionsBefore && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(collections() > collectionsBefore, "a full collection when the bulletin board started");
        UI.run(ContentScreensTest::reset);
        assertFalse(UI.call(shell::isAttractShowing));
    }

    @Test
    void usbImportProgressShowsEachBundleAndRefusalsWithTheirReason() {
        UI.run(() -> {
            reset();
            shell.showContentImport(new UsbImportProgress(UsbImportProgress.Phase.IMPORTING, "a.xlb", 1, 2, ""));
            shell.showContentImport(new UsbImportProgress(UsbImportProgress.Phase.APPLIED, "a.xlb", 1, 2, ""));
            shell.showContentImport(new UsbImportProgress(UsbImportProgress.Phase.IMPORTING, "b.xlb", 2, 2, ""));
            shell.showContentImport(new UsbImportProgress(UsbImportProgress.Phase.REJECTED, "b.xlb", 2, 2,
                    "b.xlb is signed by publisher key 0a1b2c3d4e5f6071, which this kiosk does not trust"));
            shell.showContentImport(new UsbImportProgress(UsbImportProgress.Phase.DONE, "", 2, 2, ""));
        });
        shoot("content-usb-import.png");

        assertEquals(1, UI.call(() -> shell.root().lookupAll(".import-line.rejected").size()));
        UI.run(() -> ((Button) shell.root().lookup(".import-panel .primary")).fire());
        assertEquals(0, UI.call(() -> shell.root().lookupAll(".import-panel").size()));
    }

    /** Full collections of this JVM so far (G1's "Old Generation", Serial's "MarkSweepCompact"). */
    private static long collections() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> gc.getName().contains("Old") || gc.getName().contains("MarkSweep"))
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
