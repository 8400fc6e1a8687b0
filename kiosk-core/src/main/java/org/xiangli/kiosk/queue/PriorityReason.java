package org.xiangli.kiosk.queue;

/** Why a ticket goes through the 绿色通道: age from the ID card, or military/disabled as set by staff. */
public enum PriorityReason {
    NONE, ELDERLY, MILITARY, DISABLED;

    public boolean isPriority() {
        return this != NONE;
    }
}
