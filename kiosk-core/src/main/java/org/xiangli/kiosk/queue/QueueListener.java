package org.xiangli.kiosk.queue;

/**
 * Hears what happens in the queue, in the order it was committed. Called on the thread that made the change while
 * the queue is locked: implementations hand the work to their own thread and return at once.
 */
public interface QueueListener {

    /** A ticket was called or recalled to a window. */
    default void called(Call call) {
    }

    /** A ticket was finished at a window: its rating is open now. */
    default void finished(int window, Ticket ticket) {
    }

    /** Anything else changed (issued, transferred, held, paused...): waiting lists should refresh. */
    default void changed() {
    }
}
