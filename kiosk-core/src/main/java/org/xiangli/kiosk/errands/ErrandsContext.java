package org.xiangli.kiosk.errands;

import java.time.Duration;
import java.util.concurrent.Executor;
import org.xiangli.kiosk.speech.Speech;

/**
 * What the 办件进度 pages need, built once by {@code KioskApp}: the desk, an executor for store work off the UI
 * thread ({@code work}) and the UI thread's ({@code ui}), the idle time of pages that show personal data, speech.
 */
public record ErrandsContext(ErrandDesk desk, Executor work, Executor ui, Duration idle, Speech speech) {
}
