package org.xiangli.kiosk.errands;

import java.util.List;

/** An errand as the villager or staff see it: masked name (张*三, or * once purged) and its history. */
public record ErrandView(Errand errand, String maskedName, List<ErrandEvent> events) {

    public ErrandView {
        events = List.copyOf(events);
    }
}
