package org.xiangli.hal.printer;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.xiangli.hal.device.DeviceStatus;

/**
 * Why a receipt did not come out, or came out incomplete: what a kiosk screen tells a villager (缺纸…) and staff
 * must fix. A printer that is merely running out of paper (纸将尽) still prints: that is
 * {@link PrintResult#paperNearEnd()}, not a failure. The kiosk maps the constant names to its own texts.
 */
public enum PrintFailure {
    /** 缺纸: out of paper, or stopped at the paper end. */
    PAPER_OUT,
    /** 开盖: the cover is open. */
    COVER_OPEN,
    /** 离线: not connected, unplugged during the job, or offline by its own account (e.g. the feed button held). */
    OFFLINE,
    /** 无响应: connected, but it does not answer the status query. */
    NOT_RESPONDING,
    /** 故障: its error bit (cutter, mechanism) or replies that make no sense; staff must look at it. */
    FAULT,
    /** 超时: the printer could print, but the job did not finish within the caller's time. */
    TIMED_OUT,
    /** The receipt cannot be printed on any printer (a QR code too long for the paper). */
    NOT_PRINTABLE;

    /** The failure of a printer in {@code status}; empty while it can print (ready, printing, paper near end). */
    public static Optional<PrintFailure> of(DeviceStatus status) {
        // No default branch: a new status reason must be sorted here.
        return switch (status.reason()) {
            case READY, PAPER_NEAR_END, PRINTING -> Optional.empty();
            case PAPER_OUT -> Optional.of(PAPER_OUT);
            case COVER_OPEN -> Optional.of(COVER_OPEN);
            case PRINTER_OFFLINE, FEED_BUTTON, NOT_CONNECTED, CONNECTION_LOST, STOPPED -> Optional.of(OFFLINE);
            case NOT_RESPONDING -> Optional.of(NOT_RESPONDING);
            case PRINTER_FAULT, PROTOCOL_ERROR, SAM_FAULT, CARD_READ_FAILED, VOICE_MISSING -> Optional.of(FAULT);
        };
    }

    /**
     * The failure of a {@link ReceiptPrinter#print} future, from whatever it failed with (also when wrapped in the
     * {@link ExecutionException} of {@code get()} or the {@link CompletionException} of a dependent stage).
     */
    public static PrintFailure of(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return switch (cause) {
            case PrinterNotReadyException notReady -> notReady.reason();
            case PrintTimeoutException late -> of(late.status()).orElse(TIMED_OUT);
            case TimeoutException _ -> TIMED_OUT;
            case IllegalArgumentException _ -> NOT_PRINTABLE;
            // The link failed mid-job (unplugged) or the printer was closed under the job.
            case IOException _ -> OFFLINE;
            default -> FAULT;
        };
    }
}
