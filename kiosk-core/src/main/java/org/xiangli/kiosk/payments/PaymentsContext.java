package org.xiangli.kiosk.payments;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * What the payments screens need, built once by {@code KioskApp}. {@code ui}: the UI thread's executor, where the
 * screens hear back from the printer.
 */
public record PaymentsContext(PaymentsDesk desk, PaymentsLookups lookups, StatementPrinter printer, Executor ui,
                              Duration idle, String stationName, Clock clock) {
}
