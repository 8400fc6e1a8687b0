package org.xiangli.hal.device;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.testing.Await;

/** A JVM stopped by a signal (systemctl stop, Ctrl-C, the benchmark's kill) takes its socat children with it. */
class PtyPairLifetimeTest {

    /** The child JVM: opens a pair, says socat's pid, waits to be stopped. */
    public static void main(String[] args) throws Exception {
        PtyPair pair = PtyPair.open(Path.of(args[0], "driver"), Path.of(args[0], "device"), Duration.ofSeconds(10));
        System.out.println("socat " + pair.pid());
        System.out.flush();
        // Not a wait for a result: this JVM's whole job is to hold the pty open until the test stops it.
        Thread.sleep(Duration.ofMinutes(2));
    }

    @Test
    void socatEndsWhenTheJvmIsStoppedBySigterm(@TempDir Path dir) throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                PtyPairLifetimeTest.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            long socat = -1;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("socat ")) {
                    socat = Long.parseLong(line.substring(6).strip());
                    break;
                }
            }
            assertTrue(socat > 0, "the child never started socat");
            assertTrue(running(socat));

            child.destroy();   // SIGTERM, as systemd and kill send it
            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child JVM did not stop");

            // socat is no child of this JVM: nothing announces its end, so look until it is gone.
            long pid = socat;
            Await.until("socat " + pid + " ends with its JVM", Duration.ofSeconds(10), () -> {
                try {
                    return !running(pid);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertFalse(running(socat), "socat " + socat + " outlived its JVM");
        } finally {
            child.destroyForcibly();
        }
    }

    /** Alive and not a zombie: an ended orphan waits for PID 1 to reap it, which a container's init may never do. */
    private static boolean running(long pid) throws java.io.IOException {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!java.nio.file.Files.exists(stat)) {
            return false;
        }
        String text = java.nio.file.Files.readString(stat);
        // pid (comm) STATE ...: the state follows the last ')'.
        return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
    }
}
