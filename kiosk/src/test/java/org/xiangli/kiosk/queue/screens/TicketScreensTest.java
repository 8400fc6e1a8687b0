package org.xiangli.kiosk.queue.screens;

import org.junit.jupiter.api.extension.ExtendWith;
import org.xiangli.kiosk.queue.CardIdentity;
import org.xiangli.kiosk.queue.PriorityReason;
import org.xiangli.kiosk.queue.ServiceItem;
import org.xiangli.kiosk.queue.Ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.KioskApp;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.ui.CjkFonts;
import org.xiangli.kiosk.ui.FxToolkit;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.shell.KioskShell;
import org.xiangli.kiosk.shell.Snapshots;
import org.xiangli.kiosk.store.Database;

/** Taking a ticket on the kiosk, rendered headless at 1920×1080; screenshots go to target/screenshots. */
@ExtendWith(FxToolkit.class)
class TicketScreensTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;
    KioskApp app;
    KioskShell shell;
    Scene scene;
    final FxUi ui = new FxUi();

    @BeforeEach
    void open() {
        KioskConfig config = ConfigLoader.defaults().withDataDir(dir);
        app = new KioskApp(config, Database.open(dir.resolve("kiosk.db")), Clock.system(config.station().timeZone()),
                ui);
        app.loadDemoData();
        ui.run(() -> {
            shell = app.createShell(CjkFonts.requireFamily(), () -> { });
            scene = new Scene(shell.root(), 1920, 1080);
        });
    }

    @AfterEach
    void close() {
        ui.run(() -> shell.stop());
        app.close();
    }

    @Test
    void tappingTakeTicketTwiceShowsOneTicketWithNumberWaitAndPrinterNotice() throws Exception {
        ServiceItem service = app.queue().services().getFirst();
        ui.run(() -> shell.open(shell.screens().queue().serviceDetail(service)));
        Snapshots.writePng(ui.call(() -> Snapshots.render(scene)), SHOTS.resolve("queue-service-detail.png"));

        ui.run(() -> {
            Button take = (Button) scene.lookup("#take-ticket");
            take.fire();
            take.fire(); // a double tap: the second is ignored while the first runs, or gets the same ticket
        });
        awaitScreen(TicketScreen.class);
        Snapshots.writePng(ui.call(() -> Snapshots.render(scene)), SHOTS.resolve("queue-ticket-printer-down.png"));

        assertEquals("A001", ui.call(() -> ((Label) scene.lookup("#ticket-number")).getText()));
        assertTrue(ui.call(() -> ((Label) scene.lookup("#ticket-notice")).getText()).contains("打印机故障"));
        assertEquals(1, app.queue().ticketsBetween(app.queue().today(), app.queue().today()).size());

        ui.run(() -> shell.back());
        ui.run(() -> ((Button) scene.lookup("#take-ticket")).fire());
        awaitScreen(TicketScreen.class);
        // Issue 19.4: a new press after a ticket was shown is the next villager's, not a repeat of the last one.
        assertEquals("A002", ui.call(() -> ((Label) scene.lookup("#ticket-number")).getText()),
                "a new press on the page, back from the ticket, is a new ticket");
        assertEquals(2, app.queue().ticketsBetween(app.queue().today(), app.queue().today()).size());
    }

    @Test
    void anElderlyVillagerWhoSwipesTheCardGetsAPriorityTicket() throws Exception {
        ServiceItem service = app.queue().services().getFirst();
        ui.run(() -> shell.open(shell.screens().queue().serviceDetail(service)));
        ui.run(() -> ((ServiceDetailScreen) shell.current()).acceptCard(org.xiangli.hal.card.DemoIdentities.plausible(
                new org.xiangli.hal.card.CitizenIdNumber("11010519491231002X"), "赵德福")));
        // Rendering also builds the scroll pane's skin, which puts the page's controls into the scene.
        Snapshots.writePng(ui.call(() -> Snapshots.render(scene)), SHOTS.resolve("queue-card-read.png"));
        ui.run(() -> ((Button) scene.lookup("#take-ticket")).fire());
        awaitScreen(TicketScreen.class);
        Snapshots.writePng(ui.call(() -> Snapshots.render(scene)), SHOTS.resolve("queue-ticket-priority.png"));
        assertEquals(PriorityReason.ELDERLY, app.queue().ticketsBetween(app.queue().today(), app.queue().today())
                .getFirst().priority());
    }

    @Test
    void aFinishedTicketIsRatedOnTheIdleKioskInFiveLevels() throws Exception {
        ServiceItem service = app.queue().services().getFirst();
        Ticket ticket = app.queue().take("r1", service.letter(), java.util.Optional.empty()).ticket();
        int window = service.windows().getFirst();
        app.queue().callNext(window);
        app.queue().finish(window);
        awaitScreen(RatingScreen.class);
        Snapshots.writePng(ui.call(() -> Snapshots.render(scene)), SHOTS.resolve("queue-rating.png"));
        ui.run(() -> ((Button) scene.lookup("#rate-4")).fire());
        assertEquals(java.util.Optional.of(4), app.queue().ticketsBetween(app.queue().today(), app.queue().today())
                .stream().filter(t -> t.id() == ticket.id()).findFirst().orElseThrow().rating());
    }

    /** Waits until the ticket desk (or the queue's listeners) finished and the UI thread showed the result. */
    private void awaitScreen(Class<?> type) throws Exception {
        do {
            app.workers().awaitIdle(Duration.ofSeconds(30));
            ui.run(() -> { });
        } while (!app.workers().idle());
        assertInstanceOf(type, ui.call(() -> shell.current()));
    }
}
