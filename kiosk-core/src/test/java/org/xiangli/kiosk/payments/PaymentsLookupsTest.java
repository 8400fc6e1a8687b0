package org.xiangli.kiosk.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xiangli.kiosk.work.Workers;

/** The background runner alone, on the kiosk's workers, with a single thread standing in for the UI thread. */
class PaymentsLookupsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    final ExecutorService ui = Executors.newSingleThreadExecutor();
    final Workers workers = new Workers();
    final PaymentsLookups lookups = new PaymentsLookups(ui, workers.pool("payments-lookup", PaymentsLookups.WORKERS,
            PaymentsLookups.QUEUED));
    final List<LookupOutcome> delivered = new ArrayList<>();
    final List<Boolean> onUi = new ArrayList<>();

    @AfterEach
    void stop() {
        workers.close();
        ui.shutdownNow();
    }

    @Test
    void theOutcomeIsDeliveredOnTheUiExecutor() throws Exception {
        Thread uiThread = ui.submit(Thread::currentThread).get();

        onUi(() -> lookups.start(() -> new LookupOutcome.NotABill(), o -> {
            delivered.add(o);
            onUi.add(Thread.currentThread() == uiThread);
        }));
        awaitIdle();

        assertInstanceOf(LookupOutcome.NotABill.class, onUi(() -> delivered.getFirst()));
        assertEquals(List.of(true), onUi(() -> List.copyOf(onUi)));
    }

    @Test
    void aCancelledLookupIsNeverDelivered() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        PaymentsLookups.Pending pending = onUi(() -> lookups.start(() -> {
            await(release);
            return new LookupOutcome.OtherStation();
        }, delivered::add));

        onUi(() -> {
            pending.cancel();
            return null;
        });
        release.countDown();
        awaitIdle();

        assertTrue(onUi(delivered::isEmpty));
        assertTrue(pending.isDone() && pending.isCancelled());
    }

    @Test
    void aLookupThatThrowsIsUnavailable() throws Exception {
        onUi(() -> lookups.start(() -> {
            throw new IllegalStateException("database is locked");
        }, delivered::add));
        awaitIdle();

        assertInstanceOf(LookupOutcome.Unavailable.class, onUi(() -> delivered.getFirst()));
    }

    @Test
    void moreLookupsThanWorkersAndQueueAreAnsweredUnavailableNotLost() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < 8; i++) {
            onUi(() -> lookups.start(() -> {
                await(release);
                return new LookupOutcome.NotABill();
            }, delivered::add));
        }
        // Two run and four wait; the two refused were answered "unavailable" on the UI thread right away.
        assertEquals(2, onUi(() -> delivered.size()));
        release.countDown();
        awaitIdle();

        List<LookupOutcome> all = onUi(() -> List.copyOf(delivered));
        assertEquals(8, all.size());
        assertEquals(2, all.stream().filter(o -> o instanceof LookupOutcome.Unavailable).count());
    }

    private <T> T onUi(java.util.concurrent.Callable<T> work) throws Exception {
        return ui.submit(work).get(30, TimeUnit.SECONDS);
    }

    /** Waits until no lookup runs, then until the UI thread has handled what the last one handed it. */
    private void awaitIdle() throws Exception {
        workers.awaitIdle(WAIT);
        onUi(() -> null);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
