package org.xiangli.hal.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.xiangli.hal.device.DeviceState;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.MediaStatus;
import org.xiangli.hal.device.StatusReason;

/** Every way a print can fail comes back to the caller as one typed reason. */
class PrintFailureTest {

    private static PrinterCondition condition(boolean offline, boolean cover, boolean feed, boolean error,
            boolean nearEnd, boolean out) {
        return new PrinterCondition(offline, cover, feed, out, error, nearEnd, out);
    }

    @Test
    void givenEachPrinterCondition_whenItsStatusIsNamed_thenTheFailureIsTheOneAPersonMustFix() {
        assertEquals(Optional.of(PrintFailure.PAPER_OUT),
                PrintFailure.of(condition(false, false, false, false, false, true).toStatus()));
        assertEquals(Optional.of(PrintFailure.COVER_OPEN),
                PrintFailure.of(condition(false, true, false, false, false, false).toStatus()));
        assertEquals(Optional.of(PrintFailure.OFFLINE),
                PrintFailure.of(condition(true, false, false, false, false, false).toStatus()));
        assertEquals(Optional.of(PrintFailure.OFFLINE), PrintFailure.of(
                condition(true, false, true, false, false, false).toStatus()), "feed button: offline by its own account");
        assertEquals(Optional.of(PrintFailure.FAULT),
                PrintFailure.of(condition(true, false, false, true, false, false).toStatus()));
        assertEquals(Optional.empty(), PrintFailure.of(condition(false, false, false, false, true, false).toStatus()),
                "paper near end still prints");
        assertEquals(Optional.empty(), PrintFailure.of(PrinterCondition.READY.toStatus()));
    }

    @Test
    void givenTheDriversOwnStatuses_whenNamed_thenNotConnectedAndSilentAreOfflineAndNotResponding() {
        assertEquals(Optional.of(PrintFailure.OFFLINE),
                PrintFailure.of(DeviceStatus.offline(StatusReason.NOT_CONNECTED, "/dev/usb/lp0")));
        assertEquals(Optional.of(PrintFailure.OFFLINE),
                PrintFailure.of(DeviceStatus.offline(StatusReason.CONNECTION_LOST, "unplugged")));
        assertEquals(Optional.of(PrintFailure.NOT_RESPONDING),
                PrintFailure.of(DeviceStatus.offline(StatusReason.NOT_RESPONDING, "no DLE EOT answer")));
        assertEquals(Optional.of(PrintFailure.FAULT), PrintFailure.of(
                DeviceStatus.of(DeviceState.HARDWARE_ERROR, StatusReason.PROTOCOL_ERROR, "bad status byte")));
        assertEquals(Optional.empty(), PrintFailure.of(
                new DeviceStatus(DeviceState.BUSY, MediaStatus.OK, StatusReason.PRINTING, "")));
    }

    @Test
    void givenWhateverAPrintFutureFailedWith_whenNamed_thenEachHasItsReasonAlsoWhenWrapped() {
        DeviceStatus paperOut = condition(false, false, false, false, false, true).toStatus();
        DeviceStatus unplugged = DeviceStatus.offline(StatusReason.NOT_CONNECTED, "not started");

        assertEquals(PrintFailure.PAPER_OUT, PrintFailure.of(new PrinterNotReadyException(paperOut)));
        assertEquals(PrintFailure.PAPER_OUT,
                PrintFailure.of(new ExecutionException(new PrinterNotReadyException(paperOut))));
        assertEquals(PrintFailure.PAPER_OUT, PrintFailure.of(new CompletionException(
                new ExecutionException(new PrinterNotReadyException(paperOut)))));
        assertEquals(PrintFailure.OFFLINE, PrintFailure.of(new PrintTimeoutException("late", unplugged)));
        assertEquals(PrintFailure.TIMED_OUT, PrintFailure.of(new PrintTimeoutException("late", DeviceStatus.online())));
        assertEquals(PrintFailure.TIMED_OUT, PrintFailure.of(new TimeoutException("late")));
        assertEquals(PrintFailure.OFFLINE, PrintFailure.of(new IOException("printer closed")));
        assertEquals(PrintFailure.NOT_PRINTABLE, PrintFailure.of(new IllegalArgumentException("QR too long")));
        assertEquals(PrintFailure.FAULT, PrintFailure.of(new IllegalStateException("a bug")));
    }

    @Test
    void givenAJobThatRanOutOfPaperHalfWay_whenItsResultIsRead_thenItIsIncompleteFor缺纸() {
        PrintResult ranOut = new PrintResult(900, condition(false, false, false, false, false, true).toStatus());
        PrintResult nearEnd = new PrintResult(900, condition(false, false, false, false, true, false).toStatus());

        assertEquals(Optional.of(PrintFailure.PAPER_OUT), ranOut.failure());
        assertEquals(Optional.empty(), nearEnd.failure());
        assertEquals(true, nearEnd.paperNearEnd());
    }
}
