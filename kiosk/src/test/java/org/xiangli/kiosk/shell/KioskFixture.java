package org.xiangli.kiosk.shell;

import org.xiangli.kiosk.ui.CjkFonts;

import org.xiangli.kiosk.ui.FxUi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.xiangli.kiosk.KioskApp;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.devices.DeviceSet;
import org.xiangli.kiosk.payments.store.DataKeySource;
import org.xiangli.kiosk.queue.ServiceGuideRepository;
import org.xiangli.kiosk.queue.ServiceItem;
import org.xiangli.kiosk.store.Database;

/**
 * A whole kiosk for UI tests, built exactly as {@code KioskMain} builds it: a real SQLite file with the demo
 * data, a fixed clock (2026-11-23 10:00 in Shanghai) and a shell in a kiosk-sized scene rendered by snapshot.
 * No devices, unless made {@link #withSimulatedDevices}: then the simulators speak the wire protocols to the real
 * drivers, and their events reach the pages through the kiosk's one device path.
 */
public final class KioskFixture implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Generous: the machine running the tests may be loaded. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private final FxUi ui = new FxUi();
    private final KioskApp app;
    private final KioskShell shell;
    private final Scene scene;
    private final AtomicInteger technicianExits = new AtomicInteger();

    public KioskFixture(Path dataDir, int width, int height, Locale language) {
        this(dataDir, width, height, language, c -> c);
    }

    /** {@code adjust}: changes to the default config (e.g. a live payments service on loopback). */
    public KioskFixture(Path dataDir, int width, int height, Locale language, UnaryOperator<KioskConfig> adjust) {
        this(dataDir, width, height, language, adjust, c -> DataKeySource.demo(c.paymentsKeyFile()));
    }

    /** {@code keys}: where the payments data key comes from (demo: made in the data directory). */
    public KioskFixture(Path dataDir, int width, int height, Locale language, UnaryOperator<KioskConfig> adjust,
            Function<KioskConfig, DataKeySource> keys) {
        this(dataDir, width, height, language, adjust, keys, (c, clock) -> DeviceSet.none(c));
    }

    /** A kiosk on the simulated devices, as {@code --demo} starts them (over socat ptys when socat is installed). */
    public static KioskFixture withSimulatedDevices(Path dataDir, int width, int height, Locale language) {
        return new KioskFixture(dataDir, width, height, language, c -> c,
                c -> DataKeySource.demo(c.paymentsKeyFile()), (c, clock) -> DeviceSet.start(c, true, clock));
    }

    private KioskFixture(Path dataDir, int width, int height, Locale language, UnaryOperator<KioskConfig> adjust,
            Function<KioskConfig, DataKeySource> keys, BiFunction<KioskConfig, Clock, DeviceSet> devices) {
        FxUi.startToolkit();
        KioskConfig config = adjust.apply(ConfigLoader.defaults().withDataDir(dataDir).withWindowSize(width, height)
                .withFullscreen(false).withLanguage(language));
        Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
        app = new KioskApp(config, Database.open(dataDir.resolve("kiosk.db")), clock, ui,
                devices.apply(config, clock), keys.apply(config));
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

    public DeviceSet devices() {
        return app.devices();
    }

    /**
     * Waits until the kiosk is quiet: no background work runs (tickets, lookups) and the UI thread has handled all
     * that was handed to it. A result handed to the UI may start more work, so this repeats until neither has any.
     * Device threads are not watched: await the driver's own event first (e.g. {@code cardReader().nextCard}).
     */
    public void settle() {
        try {
            do {
                app.workers().awaitIdle(PATIENCE);
                ui.run(() -> { });
            } while (!app.workers().idle());
        } catch (TimeoutException e) {
            throw new AssertionError("the kiosk did not settle: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
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
