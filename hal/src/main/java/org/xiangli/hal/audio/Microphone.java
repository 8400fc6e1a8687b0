package org.xiangli.hal.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A microphone for short voice messages. Two kinds: a USB microphone recorded with ALSA's {@code arecord}
 * ({@link ArecordMicrophone}) and the simulator for demo mode and tests ({@link SimulatedMicrophone}), which
 * writes a real WAV file of the length recorded.
 */
public interface Microphone {

    /** Whether a microphone is there now (one may be plugged in or pulled out at any time). */
    boolean present();

    /**
     * Starts recording into {@code file} (16 kHz mono 16-bit WAV), for at most {@code max}.
     *
     * @throws IOException no microphone, or it could not start
     */
    Recording start(Path file, Duration max) throws IOException;

    /** A recording under way. */
    interface Recording {

        /** Stops it (or waits for the end when it ended by itself) and returns how long it is. */
        Duration stop() throws IOException;

        /** Stops it and deletes the file: the villager changed their mind, or the session was wiped. */
        void discard();
    }

    /** No microphone at all: the kiosk offers the common phrases only. */
    Microphone NONE = new Microphone() {
        @Override
        public boolean present() {
            return false;
        }

        @Override
        public Recording start(Path file, Duration max) throws IOException {
            throw new IOException("no microphone");
        }
    };
}
