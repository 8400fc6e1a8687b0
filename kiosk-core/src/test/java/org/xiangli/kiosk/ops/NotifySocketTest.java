package org.xiangli.kiosk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sends to a real datagram socket: socat plays systemd's notify socket. */
class NotifySocketTest {

    @TempDir
    Path dir;

    @Test
    void givenAListeningDatagramSocket_whenSend_thenItReceivesTheMessage() throws Exception {
        Path socket = dir.resolve("notify");
        Process socat = new ProcessBuilder("socat", "-u", "UNIX-RECV:" + socket, "STDOUT").start();
        try {
            // socat binds asynchronously; the file appears once it listens. The message is a supplier: read eagerly,
            // socat's stderr blocks until socat exits, so a socat slower to bind than the first check hung the test.
            while (!Files.exists(socket)) {
                assertTrue(socat.isAlive(), () -> "socat exited: " + stderr(socat));
                Thread.onSpinWait();
            }
            new NotifySocket(socket.toString()).send("READY=1\n");

            InputStream in = socat.getInputStream();
            assertEquals("READY=1\n", new String(in.readNBytes(8), StandardCharsets.UTF_8));
        } finally {
            socat.destroy();
            socat.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String stderr(Process process) {
        try {
            return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    @Test
    void givenNoSocketAtThePath_whenSend_thenIOExceptionNamesIt() {
        Path missing = dir.resolve("nobody-listens");

        IOException e = assertThrows(IOException.class, () -> new NotifySocket(missing.toString()).send("WATCHDOG=1"));

        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}
