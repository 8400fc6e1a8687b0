package org.xiangli.kiosk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;

/**
 * The one adapter between other threads and the JavaFX application thread: devices, timers and background work
 * hand results to the UI only through here, so a hardware event and a touch never race.
 */
public final class FxUi implements Executor {

    private static final Object STARTUP_LOCK = new Object();
    private static boolean started;

    /** Starts the JavaFX toolkit once per JVM (the kiosk has no Application subclass: it builds its own stage). */
    public static void startToolkit() {
        synchronized (STARTUP_LOCK) {
            if (started) {
                return;
            }
            CompletableFuture<Void> ready = new CompletableFuture<>();
            Platform.startup(() -> {
                // Before any control exists: a control's first use would otherwise load Modena (Theme).
                Application.setUserAgentStylesheet(Theme.baseStylesheet());
                ready.complete(null);
            });
            Platform.setImplicitExit(false);
            ready.join();
            started = true;
        }
    }

    /**
     * Queues {@code command} behind what the UI thread has now, even when called on it: work split over turns of
     * the UI thread (pages built ahead, search results past the first page), so a touch in between goes first.
     */
    public static void later(Runnable command) {
        Platform.runLater(command);
    }

    @Override
    public void execute(Runnable command) {
        if (Platform.isFxApplicationThread()) {
            command.run();
        } else {
            Platform.runLater(command);
        }
    }

    /** Runs {@code work} on the UI thread and waits for its result (startup and tests). */
    public <T> T call(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the UI thread", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the UI thread did not answer within 30 s", e);
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
