package org.xiangli.kiosk.payments.lookup;

import java.time.Instant;

/** Where an answer came from and how old its data is: the screen says "information from M/D" when not live. */
public record Freshness(boolean live, Instant asOf) {
}
