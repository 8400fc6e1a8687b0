package org.xiangli.hal.audio;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A USB microphone recorded by ALSA's {@code arecord} (package alsa-utils): present when {@code arecord -l} lists a
 * USB capture card. Recording runs {@code arecord -D plughw:CARD=N -f S16_LE -r 16000 -c 1 -d SECONDS FILE}; stop
 * sends it SIGINT, on which arecord finishes the WAV header and exits.
 */
public final class ArecordMicrophone implements Microphone {

    private static final System.Logger LOG = System.getLogger(ArecordMicrophone.class.getName());
    /** "card 1: Device [USB PnP Sound Device], device 0: USB Audio [USB Audio]" */
    private static final Pattern USB_CARD = Pattern.compile("card (\\d+): .*USB.*", Pattern.CASE_INSENSITIVE);
    private static final long WAIT_SECONDS = 5;

    private final String arecord;

    /** @param arecord the program to run ("arecord" on the PATH) */
    public ArecordMicrophone(String arecord) {
        this.arecord = arecord;
    }

    @Override
    public boolean present() {
        return card().isPresent();
    }

    /** The ALSA card number of the first USB capture device, from {@code arecord -l}. */
    java.util.Optional<String> card() {
        try {
            Process p = new ProcessBuilder(arecord, "-l").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return java.util.Optional.empty();
            }
            return cardIn(out);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "arecord -l: {0}", e.getMessage());
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    static java.util.Optional<String> cardIn(String listing) {
        return listing.lines().map(USB_CARD::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(1)).findFirst();
    }

    @Override
    public Recording start(Path file, Duration max) throws IOException {
        String card = card().orElseThrow(() -> new IOException("no USB microphone (arecord -l lists none)"));
        Process p = new ProcessBuilder(List.of(arecord, "-q", "-D", "plughw:CARD=" + card, "-f", "S16_LE", "-r",
                String.valueOf(WavFile.RATE), "-c", "1", "-d", String.valueOf(Math.max(1, max.toSeconds())),
                file.toString())).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return new Recording() {
            @Override
            public Duration stop() throws IOException {
                if (p.isAlive()) {
                    // SIGINT: arecord writes the header's sizes and exits; SIGTERM may leave them unknown.
                    try {
                        new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start()
                                .waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
                        if (!p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                            p.destroyForcibly();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        p.destroyForcibly();
                    }
                }
                if (!Files.isRegularFile(file)) {
                    throw new IOException("arecord wrote no file (exit " + p.exitValue() + ")");
                }
                return WavFile.length(file);
            }

            @Override
            public void discard() {
                p.destroyForcibly();
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "cannot delete {0}: {1}", file, e.getMessage());
                }
            }
        };
    }
}
