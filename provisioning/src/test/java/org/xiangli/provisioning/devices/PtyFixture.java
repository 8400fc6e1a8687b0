package org.xiangli.provisioning.devices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.xiangli.hal.device.PtyPair;

/** A socat pty pair for a test; fails loudly when socat is missing (CI installs it). */
final class PtyFixture {

    private PtyFixture() {
    }

    static PtyPair open(String name) throws IOException {
        if (!PtyPair.socatAvailable()) {
            throw new AssertionError("these tests need socat at " + PtyPair.SOCAT + ": apt-get install socat");
        }
        Path directory = Files.createTempDirectory("kioskctl-" + name);
        return PtyPair.open(directory.resolve("driver"), directory.resolve("device"), Duration.ofSeconds(5));
    }
}
