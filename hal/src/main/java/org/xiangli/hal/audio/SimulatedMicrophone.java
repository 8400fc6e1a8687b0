package org.xiangli.hal.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Demo mode's and the tests' microphone: it "hears" a soft tone for as long as it records and writes it as a real
 * WAV file, so the kiosk keeps and plays back what a USB microphone would have given it. It can be unplugged.
 */
public final class SimulatedMicrophone implements Microphone {

    private final Clock clock;
    private volatile boolean present = true;

    public SimulatedMicrophone(Clock clock) {
        this.clock = clock;
    }

    public void plug(boolean in) {
        present = in;
    }

    @Override
    public boolean present() {
        return present;
    }

    @Override
    public Recording start(Path file, Duration max) throws IOException {
        if (!present) {
            throw new IOException("the simulated microphone is unplugged");
        }
        Instant started = clock.instant();
        Files.write(file, WavFile.header(0));
        return new Recording() {
            @Override
            public Duration stop() throws IOException {
                Duration length = Duration.between(started, clock.instant());
                // At least a second: a tap on start and stop at once is still a (short) message.
                length = length.compareTo(max) > 0 ? max : length.compareTo(Duration.ofSeconds(1)) < 0
                        ? Duration.ofSeconds(1) : length;
                int samples = (int) (length.toMillis() * WavFile.RATE / 1000);
                ByteBuffer pcm = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < samples; i++) {
                    pcm.putShort((short) (2000 * Math.sin(2 * Math.PI * 440 * i / WavFile.RATE)));
                }
                byte[] header = WavFile.header(samples * 2);
                byte[] all = new byte[header.length + samples * 2];
                System.arraycopy(header, 0, all, 0, header.length);
                System.arraycopy(pcm.array(), 0, all, header.length, samples * 2);
                Files.write(file, all);
                return length;
            }

            @Override
            public void discard() {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
