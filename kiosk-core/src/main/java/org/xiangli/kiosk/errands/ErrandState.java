package org.xiangli.kiosk.errands;

import java.util.Set;

/** Where an errand stands: 受理 → 已报送乡镇/县 → 已办结 / 需补材料 → 已领取. */
public enum ErrandState {
    /** 受理: staff took it at the station. */
    ACCEPTED,
    /** 已报送乡镇/县: carried to the township or county. */
    SUBMITTED,
    /** 需补材料: something is missing; the villager must bring it. */
    NEEDS_MATERIALS,
    /** 已办结: done, waiting at the station to be picked up (the pickup call runs). */
    DONE,
    /** 已领取: handed over; the errand is closed. */
    HANDED_OVER;

    /** The bundle key of the state's name. */
    public String messageKey() {
        return "errand.state." + name();
    }

    /** The states staff may move an errand to from this one. */
    public Set<ErrandState> next() {
        return switch (this) {
            case ACCEPTED -> Set.of(SUBMITTED, NEEDS_MATERIALS, DONE);
            case SUBMITTED -> Set.of(NEEDS_MATERIALS, DONE);
            case NEEDS_MATERIALS -> Set.of(SUBMITTED, DONE);
            case DONE -> Set.of(HANDED_OVER);
            case HANDED_OVER -> Set.of();
        };
    }

    /** Finished for the villager: the work is done (picked up or waiting to be). */
    public boolean finished() {
        return this == DONE || this == HANDED_OVER;
    }
}
