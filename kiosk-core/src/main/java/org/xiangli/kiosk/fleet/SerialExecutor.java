package org.xiangli.kiosk.fleet;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs its tasks one at a time, in order, on a shared executor: each fleet client has its own order (a report is
 * queued before the sender looks for it) while a thousand simulated kiosks share a few threads. A task that throws
 * does not stop the ones after it (it propagates to the underlying executor's thread).
 */
final class SerialExecutor implements Executor {

    private final Executor under;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    SerialExecutor(Executor under) {
        this.under = under;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (tasks) {
            tasks.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        under.execute(this::drain);
    }

    private void drain() {
        Runnable next;
        synchronized (tasks) {
            next = tasks.poll();
            if (next == null) {
                running = false;
                return;
            }
        }
        try {
            next.run();
        } finally {
            // The rest goes on in a new task, so one client never holds a shared thread for long.
            try {
                under.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // The executor is shutting down: nothing more of this order will run.
                synchronized (tasks) {
                    tasks.clear();
                    running = false;
                }
            }
        }
    }
}
