package org.xiangli.kiosk.queue;

/** Where a ticket is in its life: waiting → called (at a window) → done or no-show; a called ticket can be held. */
public enum TicketStatus {
    WAITING, CALLED, HELD, DONE, NO_SHOW
}
