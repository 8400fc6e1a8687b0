package org.xiangli.hal.printer;

import org.xiangli.hal.device.DeviceState;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.MediaStatus;
import org.xiangli.hal.device.StatusReason;

/**
 * What the three {@code DLE EOT} answers (n = 1, 2, 4) say about the printer, and how that maps to the device
 * status model. Every status byte has bits 1 and 4 set and bits 0 and 7 clear; anything else is not a status.
 */
public record PrinterCondition(boolean offline, boolean coverOpen, boolean feedButton, boolean stoppedForPaper,
        boolean error, boolean paperNearEnd, boolean paperOut) {

    public static final PrinterCondition READY = new PrinterCondition(false, false, false, false, false, false, false);

    private static final int FIXED_MASK = 0x93;
    private static final int FIXED_VALUE = 0x12;

    /**
     * @throws PrinterProtocolException when a byte's fixed bits are wrong (not a status byte)
     */
    public static PrinterCondition parse(int printer, int offlineCause, int paper) throws PrinterProtocolException {
        check(EscPos.STATUS_PRINTER, printer);
        check(EscPos.STATUS_OFFLINE_CAUSE, offlineCause);
        check(EscPos.STATUS_PAPER, paper);
        return new PrinterCondition((printer & 0x08) != 0, (offlineCause & 0x04) != 0, (offlineCause & 0x08) != 0,
                (offlineCause & 0x20) != 0, (offlineCause & 0x40) != 0, (paper & 0x0C) != 0, (paper & 0x60) != 0);
    }

    private static void check(int n, int value) throws PrinterProtocolException {
        if (value < 0 || value > 0xFF || (value & FIXED_MASK) != FIXED_VALUE) {
            throw new PrinterProtocolException(String.format("DLE EOT %d answered 0x%02X, not a status byte", n, value));
        }
    }

    /** The three status bytes a printer in this condition answers (the virtual printer uses this). */
    public byte[] statusBytes() {
        int printer = FIXED_VALUE | (offline || coverOpen || paperOut || error ? 0x08 : 0);
        int cause = FIXED_VALUE | (coverOpen ? 0x04 : 0) | (feedButton ? 0x08 : 0) | (stoppedForPaper ? 0x20 : 0)
                | (error ? 0x40 : 0);
        int paper = FIXED_VALUE | (paperNearEnd ? 0x0C : 0) | (paperOut ? 0x60 : 0);
        return new byte[] {(byte) printer, (byte) cause, (byte) paper};
    }

    public MediaStatus media() {
        if (paperOut || stoppedForPaper) {
            return MediaStatus.OUT;
        }
        return paperNearEnd ? MediaStatus.NEAR_END : MediaStatus.OK;
    }

    /** The device status, most urgent cause first: a fault, then what a person can fix, then a warning. */
    public DeviceStatus toStatus() {
        MediaStatus media = media();
        if (error) {
            return new DeviceStatus(DeviceState.HARDWARE_ERROR, media, StatusReason.PRINTER_FAULT, "error bit set");
        }
        if (media == MediaStatus.OUT) {
            return new DeviceStatus(DeviceState.USER_ERROR, media, StatusReason.PAPER_OUT, "paper end");
        }
        if (coverOpen) {
            return new DeviceStatus(DeviceState.USER_ERROR, media, StatusReason.COVER_OPEN, "cover open");
        }
        if (feedButton) {
            return new DeviceStatus(DeviceState.BUSY, media, StatusReason.FEED_BUTTON, "feed button held");
        }
        if (offline) {
            return new DeviceStatus(DeviceState.OFFLINE, media, StatusReason.PRINTER_OFFLINE, "printer offline bit");
        }
        if (paperNearEnd) {
            return new DeviceStatus(DeviceState.ONLINE, media, StatusReason.PAPER_NEAR_END, "paper near end");
        }
        return new DeviceStatus(DeviceState.ONLINE, media, StatusReason.READY, "");
    }
}
