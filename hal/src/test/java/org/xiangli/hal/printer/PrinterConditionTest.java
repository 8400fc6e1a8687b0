package org.xiangli.hal.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.xiangli.hal.device.DeviceState;
import org.xiangli.hal.device.MediaStatus;
import org.xiangli.hal.device.StatusReason;

class PrinterConditionTest {

    @Test
    void givenIdleStatusBytes_whenParsed_thenThePrinterIsReadyWithPaper() throws Exception {
        var status = PrinterCondition.parse(0x12, 0x12, 0x12).toStatus();

        assertEquals(DeviceState.ONLINE, status.state());
        assertEquals(MediaStatus.OK, status.media());
    }

    @Test
    void givenPaperOutBits_whenParsed_thenUserErrorSays缺纸() throws Exception {
        var status = PrinterCondition.parse(0x1A, 0x32, 0x72).toStatus();

        assertEquals(DeviceState.USER_ERROR, status.state());
        assertEquals(MediaStatus.OUT, status.media());
        assertEquals(StatusReason.PAPER_OUT, status.reason());
        assertEquals("打印机缺纸", status.reason().chinese());
    }

    @Test
    void givenNearEndBits_whenParsed_thenStillOnlineButMediaNearEnd() throws Exception {
        var status = PrinterCondition.parse(0x12, 0x12, 0x1E).toStatus();

        assertEquals(DeviceState.ONLINE, status.state());
        assertEquals(MediaStatus.NEAR_END, status.media());
        assertEquals(StatusReason.PAPER_NEAR_END, status.reason());
    }

    @Test
    void givenCoverOpenBit_whenParsed_thenUserErrorCoverOpen() throws Exception {
        var status = PrinterCondition.parse(0x1A, 0x16, 0x12).toStatus();

        assertEquals(DeviceState.USER_ERROR, status.state());
        assertEquals(StatusReason.COVER_OPEN, status.reason());
    }

    @Test
    void givenErrorBit_whenParsed_thenHardwareErrorAsksForStaff() throws Exception {
        var status = PrinterCondition.parse(0x1A, 0x52, 0x12).toStatus();

        assertEquals(DeviceState.HARDWARE_ERROR, status.state());
        assertEquals("打印机故障，请联系工作人员", status.reason().chinese());
    }

    @Test
    void givenOfflineBitAlone_whenParsed_thenOfflineWithPrinterOfflineReason() throws Exception {
        var status = PrinterCondition.parse(0x1A, 0x12, 0x12).toStatus();

        assertEquals(DeviceState.OFFLINE, status.state());
        assertEquals(StatusReason.PRINTER_OFFLINE, status.reason());
    }

    @Test
    void givenFeedButtonBit_whenParsed_thenBusy() throws Exception {
        assertEquals(DeviceState.BUSY, PrinterCondition.parse(0x1A, 0x1A, 0x12).toStatus().state());
    }

    @Test
    void givenEveryCondition_whenTurnedIntoBytesAndBack_thenItIsTheSame() throws Exception {
        for (int bits = 0; bits < 128; bits++) {
            PrinterCondition condition = new PrinterCondition((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0,
                    (bits & 8) != 0, (bits & 16) != 0, (bits & 32) != 0, (bits & 64) != 0);
            byte[] bytes = condition.statusBytes();

            PrinterCondition back = PrinterCondition.parse(bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF);

            assertEquals(condition.toStatus().state(), back.toStatus().state());
            assertEquals(condition.media(), back.media());
        }
    }

    @Test
    void givenAByteWithWrongFixedBits_whenParsed_thenProtocolErrorNamesIt() {
        var e = assertThrows(PrinterProtocolException.class, () -> PrinterCondition.parse(0x12, 0x00, 0x12));

        assertEquals("DLE EOT 2 answered 0x00, not a status byte", e.getMessage());
    }
}
