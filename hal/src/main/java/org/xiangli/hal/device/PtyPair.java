package org.xiangli.hal.device;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Two connected pseudo-terminals made by socat, like a null-modem cable: a driver opens one end, a simulator the
 * other. Demo mode and the tests use it; {@link #close()} is the "unplug", {@link #open} again the "replug".
 */
public final class PtyPair implements AutoCloseable {

    public static final String SOCAT = "/usr/bin/socat";

    private final Process process;
    private final Path driverEnd;
    private final Path deviceEnd;
    /** socat is a child process, not a thread: without this a kiosk stopped by a signal leaves it running. */
    private final Thread endWithJvm;

    private PtyPair(Process process, Path driverEnd, Path deviceEnd) {
        this.process = process;
        this.driverEnd = driverEnd;
        this.deviceEnd = deviceEnd;
        this.endWithJvm = new Thread(process::destroy, "socat shutdown " + driverEnd.getFileName());
        Runtime.getRuntime().addShutdownHook(endWithJvm);
    }

    /** The socat process (tests check that it ends with the JVM). */
    public long pid() {
        return process.pid();
    }

    public static boolean socatAvailable() {
        return Files.isExecutable(Path.of(SOCAT));
    }

    /**
     * Starts socat and returns once both links exist and data flows.
     *
     * @throws IOException when socat is missing (install the Debian package {@code socat}) or fails to start
     */
    public static PtyPair open(Path driverEnd, Path deviceEnd, Duration timeout) throws IOException {
        return launch(driverEnd, deviceEnd).await(timeout);
    }

    /**
     * Starts socat and returns at once: {@link Starting#await} waits until data flows. Several pairs started
     * before any is awaited come up side by side (demo mode's three cables: issue 18, the start's path).
     *
     * @throws IOException when socat is missing (install the Debian package {@code socat}) or cannot be run
     */
    public static Starting launch(Path driverEnd, Path deviceEnd) throws IOException {
        if (!socatAvailable()) {
            throw new IOException(SOCAT + " not found: install socat (apt-get install socat)");
        }
        Process process = new ProcessBuilder(SOCAT, "-d", "-d",
                "pty,link=" + driverEnd + ",rawer,echo=0", "pty,link=" + deviceEnd + ",rawer,echo=0")
                .redirectErrorStream(true).start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("socat " + driverEnd.getFileName()).start(() -> watch(process, ready));
        return new Starting(process, ready, driverEnd, deviceEnd);
    }

    /** A socat started by {@link #launch}, its links perhaps not there yet. */
    public static final class Starting {
        private final Process process;
        private final CompletableFuture<Void> ready;
        private final Path driverEnd;
        private final Path deviceEnd;

        private Starting(Process process, CompletableFuture<Void> ready, Path driverEnd, Path deviceEnd) {
            this.process = process;
            this.ready = ready;
            this.driverEnd = driverEnd;
            this.deviceEnd = deviceEnd;
        }

        /**
         * The pair once both links exist and data flows; socat is ended if it does not get there in time.
         *
         * @throws IOException when socat failed to start or took longer than {@code timeout}
         */
        public PtyPair await(Duration timeout) throws IOException {
            try {
                ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return new PtyPair(process, driverEnd, deviceEnd);
            } catch (ExecutionException | TimeoutException e) {
                process.destroyForcibly();
                throw new IOException("socat did not start: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting socat", e);
            }
        }

        /** Ends a socat that will not be awaited (another cable failed). */
        public void abandon() {
            process.destroyForcibly();
        }
    }

    public Path driverEnd() {
        return driverEnd;
    }

    public Path deviceEnd() {
        return deviceEnd;
    }

    /** Ends socat, which removes both links: every link open on them fails as after an unplug. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(endWithJvm);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it destroys socat too.
        }
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void watch(Process process, CompletableFuture<Void> ready) {
        try (BufferedReader log = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = log.readLine()) != null) {
                if (line.contains("starting data transfer loop")) {
                    ready.complete(null);
                }
            }
            ready.completeExceptionally(new IOException("socat exited with " + process.waitFor()));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ready.completeExceptionally(e);
        }
    }
}
