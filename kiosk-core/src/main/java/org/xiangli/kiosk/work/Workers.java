package org.xiangli.kiosk.work;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The kiosk's background threads, made once by the composition root and handed to the classes that need them (the
 * ticket desk, the payments lookups, the call buttons...), so no class starts threads of its own and one
 * {@link #close()} stops them all.
 *
 * <p>Every task handed to an executor of {@link #inOrder} or {@link #pool} is counted until it has finished, across
 * all of them: a test awaits {@link #awaitIdle} instead of sleeping and looking. Periodic work ({@link #timer})
 * is never idle and is not counted.
 *
 * <p>Threads are daemons: a kiosk that exits while a lookup waits for a slow server does not hang on it.
 */
public final class Workers implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Workers.class.getName());
    /**
     * A task still running at close gets this long to notice its interrupt. Short: the kiosk's exit (systemd stop,
     * restart, upgrade) waits on it, and every task here either answers an interrupt or is a SQLite write of
     * milliseconds; one that outlasts this is a bug, logged below, and its daemon thread dies with the JVM.
     */
    private static final Duration CLOSE_WAIT = Duration.ofMillis(300);

    private final Object lock = new Object();
    private final List<ExecutorService> executors = new ArrayList<>();
    private int unfinished;

    /** One thread that runs its tasks one at a time, in the order they came; the queue has no bound. */
    public Executor inOrder(String name) {
        return pool(name, 1, new LinkedBlockingQueue<>());
    }

    /**
     * {@code threads} threads with room for {@code queued} tasks waiting; a task beyond that is refused with a
     * {@link RejectedExecutionException} (the caller decides what a refusal means).
     */
    public Executor pool(String name, int threads, int queued) {
        return pool(name, threads, new ArrayBlockingQueue<>(queued));
    }

    /** A thread for periodic work (polls, LEDs); it is closed with the others. */
    public ScheduledExecutorService timer(String name) {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().name(name).daemon().factory());
        timer.setRemoveOnCancelPolicy(true);
        register(timer);
        return timer;
    }

    private Executor pool(String name, int threads, BlockingQueue<Runnable> queue) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, queue,
                Thread.ofPlatform().name(name + "-", 1).daemon().factory());
        pool.allowCoreThreadTimeOut(true);
        register(pool);
        return command -> {
            started();
            try {
                pool.execute(() -> {
                    try {
                        command.run();
                    } finally {
                        finished();
                    }
                });
            } catch (RejectedExecutionException e) {
                finished();
                throw e;
            }
        };
    }

    private void register(ExecutorService executor) {
        synchronized (lock) {
            executors.add(executor);
        }
    }

    private void started() {
        synchronized (lock) {
            unfinished++;
        }
    }

    private void finished() {
        synchronized (lock) {
            unfinished--;
            if (unfinished == 0) {
                lock.notifyAll();
            }
        }
    }

    /** Whether every task handed to these workers has finished. */
    public boolean idle() {
        synchronized (lock) {
            return unfinished == 0;
        }
    }

    /**
     * Waits until every task handed to these workers so far, and every task those handed on here, has finished.
     *
     * @throws TimeoutException when tasks still run after {@code limit}
     */
    public void awaitIdle(Duration limit) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (lock) {
            while (unfinished > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException(unfinished + " background tasks still running after " + limit);
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
    }

    @Override
    public void close() {
        List<ExecutorService> all;
        synchronized (lock) {
            all = List.copyOf(executors);
        }
        all.forEach(ExecutorService::shutdownNow);
        for (ExecutorService executor : all) {
            try {
                if (!executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.log(Level.WARNING, "a background task was still running at shutdown");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
