package org.xiangli.kiosk.errands;

import java.time.Instant;

/** One change of an errand's state: to what, when, by whom, and the note (what is missing, for 需补材料). */
public record ErrandEvent(ErrandState state, Instant at, String by, String note) {
}
