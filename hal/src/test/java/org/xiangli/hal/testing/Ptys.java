package org.xiangli.hal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.xiangli.hal.device.PtyPair;

/** Pty pairs for tests: they need socat (CI installs it) and fail loudly without it rather than skip. */
public final class Ptys {

    private Ptys() {
    }

    public static Path directory() throws IOException {
        if (!PtyPair.socatAvailable()) {
            throw new AssertionError("these tests need socat at " + PtyPair.SOCAT + ": apt-get install socat");
        }
        return Files.createTempDirectory("xiangli-pty");
    }

    public static PtyPair open(Path directory) throws IOException {
        return PtyPair.open(directory.resolve("driver"), directory.resolve("device"), Duration.ofSeconds(5));
    }
}
