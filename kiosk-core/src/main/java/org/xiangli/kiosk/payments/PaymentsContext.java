package org.xiangli.kiosk.payments;

import java.time.Clock;
import java.time.Duration;

/** What the payments screens need, built once by {@code KioskApp}. */
public record PaymentsContext(PaymentsDesk desk, PaymentsLookups lookups, StatementPrinter printer, Duration idle,
                              String stationName, Clock clock) {
}
