package org.xiangli.kiosk.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls are announced in full, one after the other, each after its chime; stop() never cuts them. */
class SpeechAnnouncementTest {

    @TempDir
    Path dir;

    @Test
    void twoCallsAtOnceAreBothHeardInFullEvenIfReadAloudIsStopped() throws Exception {
        Path log = dir.resolve("spoken.log");
        // A stand-in for espeak-ng that logs when it starts and when it has finished speaking.
        Path fake = dir.resolve("espeak-ng");
        Files.writeString(fake, "#!/bin/sh\nfor last; do :; done\necho \"start $last\" >> " + log
                + "\nsleep 0.2\necho \"end $last\" >> " + log + "\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        try (Speech speech = new Speech(Optional.of(fake), Locale.SIMPLIFIED_CHINESE, () -> events.add("chime"))) {
            speech.announce("请 A 0 0 3 号到 2 号窗口办理");
            speech.announce("请 B 0 0 1 号到 3 号窗口办理");
            speech.stop(); // the villager leaves the article page: read-aloud stops, calls do not
            speech.awaitQueued();
        }
        assertEquals(List.of("chime", "chime"), events);
        assertEquals(List.of("start 请 A 0 0 3 号到 2 号窗口办理", "end 请 A 0 0 3 号到 2 号窗口办理",
                "start 请 B 0 0 1 号到 3 号窗口办理", "end 请 B 0 0 1 号到 3 号窗口办理"), Files.readAllLines(log));
    }

    @Test
    void aTextThatLooksLikeAnOptionIsReadNotObeyed() throws Exception {
        Path args = dir.resolve("args.log");
        // A stand-in for espeak-ng that writes each argument it was given on a line of its own.
        Path fake = dir.resolve("espeak-ng");
        Files.writeString(fake, "#!/bin/sh\nfor a; do echo \"$a\" >> " + args + "; done\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        String text = "-w /tmp/written-by-a-notice.wav";
        try (Speech speech = new Speech(Optional.of(fake), Locale.SIMPLIFIED_CHINESE, () -> { })) {
            speech.announce(text);
            speech.awaitQueued();
        }
        List<String> given = Files.readAllLines(args);
        assertEquals(text, given.getLast());
        assertEquals("--", given.get(given.size() - 2), "options must end before the text: " + given);
    }

    @Test
    void withoutEspeakACallIsStillAChime() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        try (Speech speech = new Speech(Optional.empty(), Locale.SIMPLIFIED_CHINESE, () -> events.add("chime"))) {
            speech.announce("请 A 0 0 1 号到 1 号窗口办理");
            speech.awaitQueued();
        }
        assertEquals(List.of("chime"), events);
    }
}
