package org.xiangli.kiosk.queue;

/** A queue action that cannot be done now; {@link #reason()} says why in a form the screens translate. */
public final class QueueException extends RuntimeException {

    public enum Reason { DAY_FULL, UNKNOWN_SERVICE, UNKNOWN_WINDOW, WINDOW_PAUSED, NO_CURRENT_TICKET, NO_SUCH_TICKET,
        NOT_RATEABLE }

    private final Reason reason;

    public QueueException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
