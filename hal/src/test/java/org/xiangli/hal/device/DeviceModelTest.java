package org.xiangli.hal.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class DeviceModelTest {

    @Test
    void givenABackoff_whenAttemptsRepeat_thenDelaysDoubleUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(5));

        assertEquals(List.of(250L, 500L, 1000L, 2000L, 4000L, 5000L, 5000L),
                List.of(0, 1, 2, 3, 4, 5, 60).stream().map(a -> backoff.delay(a).toMillis()).toList());
    }

    @Test
    void givenAListenerThatThrows_whenAnEventFires_thenTheOtherListenersStillGetIt() {
        DeviceNotifier<String> notifier = new DeviceNotifier<>("test", DeviceStatus.online());
        List<String> seen = new ArrayList<>();
        notifier.addListener(new DeviceListener<>() {
            @Override
            public void event(String event) {
                throw new IllegalStateException("broken listener");
            }
        });
        notifier.addListener(new DeviceListener<>() {
            @Override
            public void event(String event) {
                seen.add(event);
            }
        });

        notifier.fire("A001");

        assertEquals(List.of("A001"), seen);
    }

    @Test
    void givenTheSameStatusTwice_whenUpdated_thenListenersHearItOnce() {
        DeviceNotifier<String> notifier = new DeviceNotifier<>("test", DeviceStatus.online());
        List<DeviceStatus> seen = new ArrayList<>();
        notifier.addListener(new DeviceListener<>() {
            @Override
            public void statusChanged(DeviceStatus status) {
                seen.add(status);
            }
        });
        DeviceStatus paperOut = new DeviceStatus(DeviceState.USER_ERROR, MediaStatus.OUT, StatusReason.PAPER_OUT, "");

        notifier.updateStatus(paperOut);
        notifier.updateStatus(paperOut);

        assertEquals(List.of(paperOut), seen);
    }

    @Test
    void givenAWaitForTheNextEvent_whenCancelled_thenItStopsListening() {
        DeviceNotifier<String> notifier = new DeviceNotifier<>("test", DeviceStatus.online());
        var next = notifier.next(event -> true, Duration.ofSeconds(10));

        next.cancel(true);
        notifier.fire("late");

        assertThrows(CancellationException.class, next::join);
    }

    @Test
    void givenAWaitWithAFilter_whenOtherEventsComeFirst_thenTheMatchingOneCompletesIt() throws Exception {
        DeviceNotifier<String> notifier = new DeviceNotifier<>("test", DeviceStatus.online());
        var next = notifier.next(event -> event.startsWith("B"), Duration.ofSeconds(10));

        notifier.fire("A001");
        notifier.fire("B002");

        assertEquals("B002", next.get(1, TimeUnit.SECONDS));
    }

    @Test
    void givenAPipe_whenOneEndCloses_thenTheOtherReadsWhatWasLeftThenLinkClosed() throws Exception {
        PipeLink[] ends = PipeLink.pair("cable");
        ends[0].write(new byte[] {1, 2});
        ends[0].close();
        byte[] buffer = new byte[4];

        assertEquals(2, ends[1].read(buffer, 0, 4, Duration.ofSeconds(1)));
        assertThrows(LinkClosedException.class, () -> ends[1].read(buffer, 0, 4, Duration.ofSeconds(1)));
    }

    @Test
    void givenNothingToRead_whenReadingExactlyBeforeADeadline_thenTimeoutException() {
        PipeLink[] ends = PipeLink.pair("cable");

        assertThrows(TimeoutException.class, () -> ends[1].readExactly(3, Deadline.after(Duration.ofMillis(20))));
    }

    @Test
    void givenTransportAddresses_whenNothingIsThere_thenEachTransportReportsALinkClosed() {
        assertThrows(LinkClosedException.class, () -> LinkAddress.opener("tcp:127.0.0.1:1", 0).open());
        assertThrows(LinkClosedException.class, () -> LinkAddress.opener("/dev/ttyNOPE9", 9600).open());
        assertThrows(LinkClosedException.class, () -> LinkAddress.opener("/dev/usb/lpNOPE", 0).open());
        assertThrows(IllegalArgumentException.class, () -> LinkAddress.opener("tcp:nohostport", 0));
    }
}
