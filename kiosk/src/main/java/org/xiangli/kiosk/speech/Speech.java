package org.xiangli.kiosk.speech;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads text aloud through espeak-ng (Mandarin voice "cmn") when it is installed; otherwise says so once in the
 * log and stays silent. Utterances queue on one thread so two never talk over each other; {@link #stop()} cuts
 * the current one and drops the queue (the reader's "停止朗读", leaving a page).
 */
public final class Speech implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Speech.class.getName());

    private final Optional<Path> espeak;
    private final String voice;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "speech");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Process> current = new AtomicReference<>();
    private final AtomicReference<Future<?>> pending = new AtomicReference<>();

    public Speech(Locale language) {
        this(findOnPath("espeak-ng"), language);
    }

    Speech(Optional<Path> espeak, Locale language) {
        this.espeak = espeak;
        this.voice = language.getLanguage().equals("zh") ? "cmn" : "en";
        if (espeak.isEmpty()) {
            LOG.log(Level.INFO, "espeak-ng not found on PATH: read-aloud is silent");
        }
    }

    public boolean isAvailable() {
        return espeak.isPresent();
    }

    /** Queues {@code text}; returns at once. */
    public void speak(String text) {
        if (espeak.isEmpty() || text.isBlank()) {
            return;
        }
        pending.set(queue.submit(() -> say(text)));
    }

    public void stop() {
        Future<?> f = pending.getAndSet(null);
        if (f != null) {
            f.cancel(false);
        }
        Process p = current.getAndSet(null);
        if (p != null) {
            p.destroy();
        }
    }

    private void say(String text) {
        try {
            // Slower than the default (175 wpm): elderly listeners, a noisy station.
            Process p = new ProcessBuilder(List.of(espeak.get().toString(), "-v", voice, "-s", "140", text))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            current.set(p);
            p.waitFor();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "espeak-ng failed: {0}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            current.set(null);
        }
    }

    static Optional<Path> findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        stop();
        queue.shutdownNow();
    }
}
