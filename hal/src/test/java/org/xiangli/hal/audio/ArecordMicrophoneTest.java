package org.xiangli.hal.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The USB microphone through a stand-in for {@code arecord} that behaves as ALSA's does: {@code -l} lists the cards,
 * recording writes a WAV header and then samples until SIGINT. The kiosk's side is the real class.
 */
class ArecordMicrophoneTest {

    static final String USB_LISTING = """
            **** List of CAPTURE Hardware Devices ****
            card 0: Headphones [bcm2835 Headphones], device 0: bcm2835 Headphones [bcm2835 Headphones]
            card 2: Device [USB PnP Sound Device], device 0: USB Audio [USB Audio]
              Subdevices: 1/1
            """;

    @TempDir
    Path dir;

    @Test
    void theFirstUsbCaptureCardIsFound() {
        assertEquals(Optional.of("2"), ArecordMicrophone.cardIn(USB_LISTING));
        assertEquals(Optional.empty(), ArecordMicrophone.cardIn("card 0: Headphones [bcm2835], device 0: x"));
        assertEquals(Optional.empty(), ArecordMicrophone.cardIn(""));
    }

    @Test
    void aMissingProgramMeansNoMicrophone() {
        ArecordMicrophone mic = new ArecordMicrophone(dir.resolve("no-such-arecord").toString());
        assertFalse(mic.present());
        assertThrows(IOException.class, () -> mic.start(dir.resolve("x.wav"), Duration.ofSeconds(5)));
    }

    @Test
    void aRecordingStopsOnRequestAndIsAWavFileOfItsLength() throws Exception {
        Path fake = fakeArecord(USB_LISTING);
        ArecordMicrophone mic = new ArecordMicrophone(fake.toString());
        assertTrue(mic.present());
        Path file = dir.resolve("voice.wav");

        Microphone.Recording recording = mic.start(file, Duration.ofSeconds(60));
        Thread.sleep(1500);
        Duration length = recording.stop();

        assertTrue(length.compareTo(Duration.ofMillis(500)) >= 0 && length.compareTo(Duration.ofSeconds(30)) < 0,
                "length " + length);
        assertEquals(length, WavFile.length(file));
        assertTrue(Files.readString(dir.resolve("args")).contains("-D plughw:CARD=2 -f S16_LE -r 16000 -c 1 -d 60"));
    }

    @Test
    void aDiscardedRecordingLeavesNoFile() throws Exception {
        ArecordMicrophone mic = new ArecordMicrophone(fakeArecord(USB_LISTING).toString());
        Path file = dir.resolve("voice.wav");
        Microphone.Recording recording = mic.start(file, Duration.ofSeconds(60));
        Thread.sleep(300);
        recording.discard();
        assertFalse(Files.exists(file));
    }

    @Test
    void notAWavFileIsRefused() throws IOException {
        Path junk = dir.resolve("junk.wav");
        Files.writeString(junk, "RIFF but not really a wave file, long enough to have a header");
        assertThrows(IOException.class, () -> WavFile.length(junk));
        Files.write(junk, new byte[3]);
        assertThrows(IOException.class, () -> WavFile.length(junk));
    }

    /** A shell script standing in for arecord: lists {@code listing}, or records 16 kHz mono until SIGINT. */
    private Path fakeArecord(String listing) throws IOException {
        Path header = dir.resolve("header.bin");
        Files.write(header, WavFile.header(0));
        Path script = dir.resolve("arecord");
        Files.writeString(script, """
                #!/bin/sh
                if [ "$1" = "-l" ]; then
                  cat <<'EOF'
                %sEOF
                  exit 0
                fi
                echo "$@" > '%s'
                for last; do :; done
                cat '%s' > "$last"
                trap 'exit 0' INT
                while true; do head -c 3200 /dev/zero >> "$last"; sleep 0.1; done
                """.formatted(listing, dir.resolve("args"), header));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
