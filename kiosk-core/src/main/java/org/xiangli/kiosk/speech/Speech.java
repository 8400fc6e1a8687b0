package org.xiangli.kiosk.speech;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.StatusReason;

/**
 * Reads text aloud through espeak-ng (Mandarin voice "cmn") when it is installed; otherwise says so once in the
 * log and stays silent. Utterances queue on one thread so two never talk over each other; {@link #stop()} cuts
 * the current read-aloud and drops the queued ones (the reader's "停止朗读", leaving a page).
 * <p>Queue calls ({@link #announce}) go through the same queue but {@code stop()} never touches them: two windows
 * calling at once are both heard in full, each after a chime — the chime alone when espeak-ng is missing.
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
    private final Set<Future<?>> pending = ConcurrentHashMap.newKeySet();
    private final Chime chime;

    public Speech(Locale language) {
        this(findOnPath("espeak-ng"), language, new ToneChime());
    }

    /** @param espeak the espeak-ng program, or empty for a kiosk without a voice */
    public Speech(Optional<Path> espeak, Locale language) {
        this(espeak, language, new ToneChime());
    }

    Speech(Optional<Path> espeak, Locale language, Chime chime) {
        this.espeak = espeak;
        this.chime = chime;
        this.voice = language.getLanguage().equals("zh") ? "cmn" : "en";
        if (espeak.isEmpty()) {
            LOG.log(Level.INFO, "espeak-ng not found on PATH: read-aloud is silent");
        }
    }

    public boolean isAvailable() {
        return espeak.isPresent();
    }

    /**
     * The voice as a device: online when espeak-ng is there, otherwise offline (语音暂不可用). The kiosk reports it
     * with its other devices (the fault LED, the county's fleet state), and kioskctl's selftest and diag check it.
     */
    public DeviceStatus status() {
        return status(espeak);
    }

    /** The status of the voice on this machine's PATH, for kioskctl (no Speech needed). */
    public static DeviceStatus statusOnPath() {
        return status(findOnPath("espeak-ng"));
    }

    private static DeviceStatus status(Optional<Path> espeak) {
        return espeak.isPresent() ? DeviceStatus.online()
                : DeviceStatus.offline(StatusReason.VOICE_MISSING, "espeak-ng not found on PATH");
    }

    /** Queues {@code text}; returns at once. */
    public void speak(String text) {
        if (espeak.isEmpty() || text.isBlank()) {
            return;
        }
        Future<?>[] self = new Future<?>[1];
        synchronized (pending) {
            self[0] = queue.submit(() -> {
                try {
                    say(text, true);
                } finally {
                    // Waits for the submitting block below, so self[0] is set by then.
                    synchronized (pending) {
                        pending.remove(self[0]);
                    }
                }
            });
            pending.add(self[0]);
        }
    }

    /** Queues a chime and then {@code text} (a queue call); {@link #stop()} does not cut it. Returns at once. */
    public void announce(String text) {
        queue.submit(() -> {
            chime.play();
            if (espeak.isPresent() && !text.isBlank()) {
                say(text, false);
            }
        });
    }

    /** Stops the read-aloud now speaking and drops the queued ones; announcements go on. */
    public void stop() {
        synchronized (pending) {
            pending.forEach(f -> f.cancel(false));
            pending.clear();
        }
        Process p = current.getAndSet(null);
        if (p != null) {
            p.destroy();
        }
    }

    /** Waits until everything queued so far has been spoken (tests, an orderly shutdown). */
    void awaitQueued() throws InterruptedException {
        try {
            queue.submit(() -> { }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void say(String text, boolean stoppable) {
        try {
            // Slower than the default (175 wpm): elderly listeners, a noisy station. "--" ends the options: a text
            // that begins with '-' (a notice's first line, a ticket like "-1") is read, never taken as an option.
            Process p = new ProcessBuilder(List.of(espeak.get().toString(), "-v", voice, "-s", "140", "--", text))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (stoppable) {
                current.set(p);
            }
            p.waitFor();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "espeak-ng failed: {0}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (stoppable) {
                current.set(null);
            }
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
