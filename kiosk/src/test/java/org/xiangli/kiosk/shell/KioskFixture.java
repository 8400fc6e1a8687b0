package org.xiangli.kiosk.shell;

import org.xiangli.kiosk.ui.CjkFonts;

import org.xiangli.kiosk.ui.FxUi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.xiangli.kiosk.KioskApp;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.payments.store.DataKeySource;
import org.xiangli.kiosk.queue.ServiceGuideRepository;
import org.xiangli.kiosk.queue.ServiceItem;
import org.xiangli.kiosk.store.Database;

/**
 * A whole kiosk for UI tests, built exactly as {@code KioskMain} builds it: a real SQLite file with the demo
 * data, a fixed clock (2026-11-23 10:00 in Shanghai) and a shell in a kiosk-sized scene rendered by snapshot.
 */
public final class KioskFixture implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final FxUi ui = new FxUi();
    private final KioskApp app;
    private final KioskShell shell;
    private final Scene scene;
    private final AtomicInteger technicianExits = new AtomicInteger();

    public KioskFixture(Path dataDir, int width, int height, Locale language) {
        this(dataDir, width, height, language, c -> c);
    }

    /** {@code adjust}: changes to the default config (e.g. a live payments service on loopback). */
    public KioskFixture(Path dataDir, int width, int height, Locale language,
            java.util.function.UnaryOperator<KioskConfig> adjust) {
        this(dataDir, width, height, language, adjust, c -> DataKeySource.demo(c.paymentsKeyFile()));
    }

    /** {@code keys}: where the payments data key comes from (demo: made in the data directory). */
    public KioskFixture(Path dataDir, int width, int height, Locale language,
            java.util.function.UnaryOperator<KioskConfig> adjust,
            java.util.function.Function<KioskConfig, DataKeySource> keys) {
        FxUi.startToolkit();
        KioskConfig config = adjust.apply(ConfigLoader.defaults().withDataDir(dataDir).withWindowSize(width, height)
                .withFullscreen(false).withLanguage(language));
        Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
        app = new KioskApp(config, Database.open(dataDir.resolve("kiosk.db")), clock,
                org.xiangli.kiosk.queue.TicketPrinter.NONE, keys.apply(config));
        app.loadDemoData();
        shell = ui.call(() -> app.createShell(CjkFonts.requireFamily(), technicianExits::incrementAndGet));
        scene = ui.call(() -> new Scene(shell.root(), width, height));
        render();
    }

    public KioskApp app() {
        return app;
    }

    public KioskShell shell() {
        return shell;
    }

    public Scene scene() {
        return scene;
    }

    public FxUi ui() {
        return ui;
    }

    public ContentItem content(String id) {
        return new ContentRepository(app.database()).find(id).orElseThrow();
    }

    public List<ServiceItem> services() {
        return new ServiceGuideRepository(app.database()).all();
    }

    public int technicianExits() {
        return technicianExits.get();
    }

    /** Applies CSS and layout and renders one frame. */
    public WritableImage render() {
        return ui.call(() -> Snapshots.render(scene));
    }

    public Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            WritableImage image = render();
            Snapshots.writePng(image, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public void close() {
        ui.run(shell::stop);
        app.close();
    }
}
