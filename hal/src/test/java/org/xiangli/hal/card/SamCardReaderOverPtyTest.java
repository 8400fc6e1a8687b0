package org.xiangli.hal.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.DeviceState;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.PtyPair;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.device.StatusReason;
import org.xiangli.hal.testing.Await;
import org.xiangli.hal.testing.Ptys;

/** The driver against the virtual reader over a real socat pty pair at 115200 baud. */
class SamCardReaderOverPtyTest {

    private static final SamCardReader.Settings FAST = new SamCardReader.Settings(Duration.ofMillis(20),
            Duration.ofMillis(400), Duration.ofMillis(200), new Backoff(Duration.ofMillis(20), Duration.ofMillis(200)));

    private Path directory;
    private PtyPair pty;
    private VirtualCardReader device;
    private SamCardReader reader;
    private final List<IdentityCard> cards = new CopyOnWriteArrayList<>();
    private final List<CardRemoved> removals = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        directory = Ptys.directory();
        pty = Ptys.open(directory);
        device = new VirtualCardReader("test", SerialLink.opener(pty.deviceEnd().toString(), 115200));
        device.start();
        reader = new SamCardReader("test", SerialLink.opener(pty.driverEnd().toString(), 115200), FAST,
                Clock.systemUTC());
        reader.addListener(new DeviceListener<>() {
            @Override
            public void event(IdentityCard card) {
                cards.add(card);
            }
        });
        reader.addRemovalListener(new DeviceListener<>() {
            @Override
            public void event(CardRemoved removed) {
                removals.add(removed);
            }
        });
        reader.start();
        Await.until("reader online", () -> reader.status().isOnline());
    }

    @AfterEach
    void disconnect() {
        reader.close();
        device.close();
        pty.close();
    }

    @Test
    void givenADemoCardPlaced_whenTheReaderPolls_thenListenersGetTheDecodedIdentity() throws Exception {
        var next = reader.nextCard(Duration.ofSeconds(10));

        device.placeCard(DemoIdentities.WANG_XIUYING);

        assertEquals(DemoIdentities.WANG_XIUYING, next.get(10, TimeUnit.SECONDS));
    }

    @Test
    void givenACardRestingOnTheReader_whenPolledManyTimes_thenItIsReportedOnce() throws Exception {
        device.placeCard(DemoIdentities.LI_JIANGUO);
        reader.nextCard(Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS);
        int served = pollsServedAfter(5);

        device.placeCard(DemoIdentities.ZHANG_XIAOMEI);
        reader.nextCard(Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS);

        assertTrue(served >= 5);
        assertEquals(List.of(DemoIdentities.LI_JIANGUO, DemoIdentities.ZHANG_XIAOMEI), cards);
    }

    @Test
    void givenTheCardTakenAwayAndPutBack_whenTheDebounceTimePassed_thenItIsReportedAgain() throws Exception {
        device.placeCard(DemoIdentities.LI_JIANGUO);
        reader.nextCard(Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS);
        device.removeCard();
        long removedAt = System.nanoTime();
        Await.until("debounce time passed", () -> System.nanoTime() - removedAt > FAST.debounce().toNanos());
        pollsServedAfter(2);

        device.placeCard(DemoIdentities.LI_JIANGUO);

        assertEquals(DemoIdentities.LI_JIANGUO, reader.nextCard(Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS));
    }

    @Test
    void givenNoCard_whenWaitingForOneWithATimeout_thenTheFutureFailsWithTimeout() {
        var next = reader.nextCard(Duration.ofMillis(100));

        ExecutionException e = assertThrows(ExecutionException.class, () -> next.get(10, TimeUnit.SECONDS));

        assertInstanceOf(TimeoutException.class, e.getCause());
    }

    @Test
    void givenASilentReader_whenPolled_thenStatusIsOfflineNotResponding() {
        device.setFault(VirtualCardReader.Fault.SILENT);

        Await.until("not responding", () -> reader.status().reason() == StatusReason.NOT_RESPONDING);

        assertEquals(DeviceState.OFFLINE, reader.status().state());
        device.setFault(VirtualCardReader.Fault.NONE);
        Await.until("back online", () -> reader.status().isOnline());
    }

    @Test
    void givenBadChecksums_whenPolled_thenStatusIsProtocolErrorAndRecoversAfterwards() {
        device.setFault(VirtualCardReader.Fault.BAD_CHECKSUM);

        Await.until("protocol error", () -> reader.status().reason() == StatusReason.PROTOCOL_ERROR);

        assertEquals(DeviceState.HARDWARE_ERROR, reader.status().state());
        device.setFault(VirtualCardReader.Fault.NONE);
        Await.until("back online", () -> reader.status().isOnline());
    }

    @Test
    void givenAReadFailure_whenACardIsPlaced_thenStatusAsksToPlaceTheCardAgain() {
        device.setFault(VirtualCardReader.Fault.READ_FAILURE);
        device.placeCard(DemoIdentities.LI_JIANGUO);

        Await.until("read failed", () -> reader.status().reason() == StatusReason.CARD_READ_FAILED);

        assertEquals(DeviceState.USER_ERROR, reader.status().state());
        assertTrue(reader.status().detail().contains("0x41"), reader.status().detail());
        assertTrue(cards.isEmpty());
    }

    @Test
    void givenACardTheAntennaCannotSee_whenPolled_thenNoCardIsReportedAndStatusStaysOnline() {
        device.setFault(VirtualCardReader.Fault.NO_CARD);
        device.placeCard(DemoIdentities.LI_JIANGUO);

        pollsServedAfter(3);

        assertTrue(cards.isEmpty());
        assertTrue(reader.status().isOnline());
    }

    @Test
    void givenEveryStatusCodeAsReadAnswer_whenACardIsPlaced_thenStatusCarriesTheCodeAndClass() {
        device.placeCard(DemoIdentities.LI_JIANGUO);
        for (SamStatus status : SamStatus.values()) {
            if (status == SamStatus.OK) {
                continue;
            }
            device.forceReadStatus(status.code());
            String code = String.format("0x%02X", status.code());

            Await.until("status " + code, () -> reader.status().detail().contains(code));

            DeviceState expected = DeviceState.USER_ERROR;
            assertEquals(expected, reader.status().state(), status.name());
        }
        device.forceReadStatus(0x5A);
        Await.until("undocumented status", () -> reader.status().detail().contains("undocumented"));
    }

    @Test
    void givenASamModuleFault_whenConnecting_thenStatusIsHardwareErrorWithTheSamReason() {
        device.forceSamStatus(SamStatus.SAM_NOT_AUTHORISED.code());
        device.forceReadStatus(SamStatus.SAM_SELF_TEST_FAILED.code());
        device.placeCard(DemoIdentities.LI_JIANGUO);

        Await.until("SAM fault", () -> reader.status().reason() == StatusReason.SAM_FAULT);

        assertEquals(DeviceState.HARDWARE_ERROR, reader.status().state());
        device.forceSamStatus(null);
        device.forceReadStatus(null);
        Await.until("back online", () -> reader.status().isOnline());
    }

    @Test
    void givenThePtyClosedAndReopened_whenACardIsPlaced_thenTheReaderReconnectedAndReadsIt() throws Exception {
        List<DeviceStatus> statuses = new CopyOnWriteArrayList<>();
        reader.addListener(new DeviceListener<>() {
            @Override
            public void statusChanged(DeviceStatus status) {
                statuses.add(status);
            }
        });

        pty.close();
        Await.until("offline after unplug", () -> reader.status().state() == DeviceState.OFFLINE);
        pty = Ptys.open(directory);
        Await.until("online after replug", () -> reader.status().isOnline());
        device.placeCard(DemoIdentities.OUYANG_CHUNSHENG);

        assertEquals(DemoIdentities.OUYANG_CHUNSHENG,
                reader.nextCard(Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS));
        assertTrue(statuses.stream().anyMatch(s -> s.state() == DeviceState.OFFLINE
                && (s.reason() == StatusReason.CONNECTION_LOST || s.reason() == StatusReason.NOT_CONNECTED)),
                statuses.toString());
    }

    @Test
    void givenACardReadThenTakenAway_whenTheDebounceTimePasses_thenOneRemovalIsReported() throws Exception {
        device.placeCard(DemoIdentities.WANG_XIUYING);
        reader.nextCard(Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS);
        pollsServedAfter(3);
        assertTrue(removals.isEmpty(), "a resting card is not removed");
        var removal = reader.nextRemoval(Duration.ofSeconds(10));

        device.removeCard();

        CardRemoved removed = removal.get(10, TimeUnit.SECONDS);
        assertEquals(false, removed.readerLost());
        long since = System.nanoTime();
        Await.until("more polls well past the debounce time",
                () -> System.nanoTime() - since > 3 * FAST.debounce().toNanos());
        pollsServedAfter(5);
        assertEquals(1, removals.size(), removals.toString());
        assertEquals(List.of(DemoIdentities.WANG_XIUYING), cards);
    }

    @Test
    void givenNoCardWasEverRead_whenPolled_thenNoRemovalIsReported() {
        pollsServedAfter(5);
        device.placeCard(DemoIdentities.LI_JIANGUO);
        device.setFault(VirtualCardReader.Fault.NO_CARD);
        pollsServedAfter(5);

        assertTrue(removals.isEmpty(), removals.toString());
    }

    @Test
    void givenAFlickeringNoCardShorterThanTheDebounce_whenTheCardIsSeenAgain_thenNeitherRemovalNorANewRead()
            throws Exception {
        SamCardReader.Settings slow = new SamCardReader.Settings(Duration.ofMillis(20), Duration.ofMillis(400),
                Duration.ofSeconds(5), FAST.backoff());
        reader.close();
        cards.clear();
        List<CardRemoved> seen = new CopyOnWriteArrayList<>();
        reader = new SamCardReader("slow", SerialLink.opener(pty.driverEnd().toString(), 115200), slow,
                Clock.systemUTC());
        reader.addRemovalListener(new DeviceListener<>() {
            @Override
            public void event(CardRemoved removed) {
                seen.add(removed);
            }
        });
        reader.start();
        device.placeCard(DemoIdentities.LI_JIANGUO);
        reader.nextCard(Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS);

        device.setFault(VirtualCardReader.Fault.NO_CARD);
        pollsServedAfter(3);
        device.setFault(VirtualCardReader.Fault.NONE);
        pollsServedAfter(3);
        var read = reader.nextCard(Duration.ofMillis(300));

        assertThrows(ExecutionException.class, () -> read.get(10, TimeUnit.SECONDS));
        assertTrue(seen.isEmpty(), seen.toString());
    }

    @Test
    void givenACardOnTheReader_whenTheReaderIsUnplugged_thenTheCardCountsAsRemoved() throws Exception {
        device.placeCard(DemoIdentities.OUYANG_CHUNSHENG);
        reader.nextCard(Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS);
        // The driver learns of the unplug from a read that fails or times out, then backs off. Twice in full runs this
        // took longer than 10 s: jssc's native read, since replaced, could spin for good on a line that hung up.
        var removal = reader.nextRemoval(Duration.ofSeconds(30));

        pty.close();

        assertTrue(removal.get(30, TimeUnit.SECONDS).readerLost());
        pty = Ptys.open(directory);
        Await.until("online after replug", () -> reader.status().isOnline());
        assertEquals(DemoIdentities.OUYANG_CHUNSHENG,
                reader.nextCard(Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS), "read anew after the replug");
    }

    /** Waits until the virtual reader answered {@code count} more find requests, and returns that count. */
    private int pollsServedAfter(int count) {
        int start = device.findRequests();
        Await.until(count + " more polls", () -> device.findRequests() - start >= count);
        return device.findRequests() - start;
    }
}
