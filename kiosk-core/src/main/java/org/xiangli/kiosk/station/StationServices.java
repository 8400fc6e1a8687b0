package org.xiangli.kiosk.station;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.xiangli.hal.audio.Microphone;
import org.xiangli.kiosk.errands.ErrandDesk;
import org.xiangli.kiosk.payments.StatementPrinter;
import org.xiangli.kiosk.requests.RequestDesk;
import org.xiangli.kiosk.satisfaction.StationSatisfaction;

/**
 * What the station-service pages need (办件进度, 诉求·意见, 满意度), built once by {@code KioskApp}: the desks, the
 * receipt printer (the statements' path), a background executor for store work ({@code work}, off the UI thread)
 * and the UI thread's ({@code ui}), the microphone, the idle time of pages that show personal data.
 */
public record StationServices(ErrandDesk errands, RequestDesk requests, StationSatisfaction satisfaction,
                              StatementPrinter printer, Executor work, Executor ui, Microphone microphone,
                              Duration idle, String stationName, Clock clock,
                              org.xiangli.kiosk.speech.Speech speech) {
}
