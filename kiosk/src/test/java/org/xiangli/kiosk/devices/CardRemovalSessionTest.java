package org.xiangli.kiosk.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.CardRemoved;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.demo.DemoDevices;
import org.xiangli.kiosk.payments.screens.PaymentResultsScreen;
import org.xiangli.kiosk.shell.KioskFixture;
import org.xiangli.kiosk.shell.KioskShell;

/**
 * A payments session opened by a card laid on the (simulated) reader, over the real SAM wire protocol and the
 * kiosk's one device path: taking the card away ends it {@link KioskShell#CARD_GONE_GRACE} later, and nothing
 * else does.
 */
class CardRemovalSessionTest {

    @TempDir
    Path dir;

    private KioskFixture kiosk;
    private DemoDevices demo;

    @BeforeEach
    void start() {
        kiosk = KioskFixture.withSimulatedDevices(dir.resolve("data"), 1920, 1080, Locale.SIMPLIFIED_CHINESE);
        demo = kiosk.devices().simulators().orElseThrow();
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void aSessionOpenedByACardEndsTenSecondsAfterTheCardLeavesTheReader() throws Exception {
        KioskShell shell = kiosk.shell();
        kiosk.ui().run(() -> shell.open(shell.screens().payments().identify()));
        // Asked for before the card lands: a read that came first would never be seen.
        var read = demo.cardReader().nextCard(Duration.ofSeconds(20));

        demo.virtualCardReader().placeCard(DemoIdentities.WANG_XIUYING);
        read.get(20, TimeUnit.SECONDS);
        // The router heard the read before this future did; the lookup it started runs in the background.
        kiosk.settle();
        assertInstanceOf(PaymentResultsScreen.class, kiosk.ui().call(shell::current), "the card opened the records");
        kiosk.ui().run(() -> shell.advanceIdle(Duration.ofSeconds(20)));
        assertInstanceOf(PaymentResultsScreen.class, shell.current(), "a card resting on the reader keeps it open");

        var removal = demo.cardReader().nextRemoval(Duration.ofSeconds(20));
        demo.virtualCardReader().removeCard();
        CardRemoved removed = removal.get(20, TimeUnit.SECONDS);
        kiosk.settle();   // the routed event was queued on the UI thread before the future completed

        kiosk.ui().run(() -> shell.advanceIdle(Duration.ofSeconds(9)));
        assertInstanceOf(PaymentResultsScreen.class, shell.current(), "still open 9 s after the removal");
        kiosk.ui().run(() -> shell.advanceIdle(Duration.ofSeconds(1)));

        assertEquals(1, shell.depth(), "home after 10 s");
        assertTrue(shell.session().isEmpty());
        assertTrue(!removed.readerLost());
    }

    @Test
    void aCardPutBackBeforeTheGraceEndsKeepsTheSessionOpen() throws Exception {
        KioskShell shell = kiosk.shell();
        kiosk.ui().run(() -> shell.open(shell.screens().payments().identify()));
        var first = demo.cardReader().nextCard(Duration.ofSeconds(20));
        demo.virtualCardReader().placeCard(DemoIdentities.WANG_XIUYING);
        first.get(20, TimeUnit.SECONDS);
        var removal = demo.cardReader().nextRemoval(Duration.ofSeconds(20));
        demo.virtualCardReader().removeCard();
        removal.get(20, TimeUnit.SECONDS);
        kiosk.settle();
        kiosk.ui().run(() -> shell.advanceIdle(Duration.ofSeconds(5)));

        var again = demo.cardReader().nextCard(Duration.ofSeconds(20));
        demo.virtualCardReader().placeCard(DemoIdentities.WANG_XIUYING);
        again.get(20, TimeUnit.SECONDS);
        kiosk.settle();
        kiosk.ui().run(() -> shell.advanceIdle(Duration.ofSeconds(10)));

        assertInstanceOf(PaymentResultsScreen.class, shell.current(), "the card came back: the session goes on");
    }
}
