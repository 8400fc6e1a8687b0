package org.xiangli.kiosk.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import org.xiangli.hal.audio.Microphone;
import org.xiangli.kiosk.payments.StatementPrinter;
import org.xiangli.kiosk.speech.Speech;

/**
 * What the 诉求·意见 pages need, built once by {@code KioskApp}: the desk, the receipt printer (the statements'
 * path) for slips, executors for store work ({@code work}) and the UI thread ({@code ui}), the microphone.
 */
public record RequestsContext(RequestDesk desk, StatementPrinter printer, Executor work, Executor ui,
                              Microphone microphone, Duration idle, String stationName, Clock clock, ZoneId zone,
                              Speech speech) {
}
