package org.xiangli.county;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xiangli.kiosk.fleet.FleetCredential;
import org.xiangli.kiosk.keys.PublisherKey;
import picocli.CommandLine;

/** Runs county.jar's commands in the test's JVM, and makes the files a county starts from. */
public final class CountyTestKit {

    private CountyTestKit() {
    }

    /** What a command printed and its exit code. */
    public record Run(int exit, String out, String err) {
    }

    public static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(new CountyMain()).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** A device.pub as kioskctl enroll writes it. */
    public static Path devicePub(Path dir, String station) throws Exception {
        Path file = dir.resolve(station + "-device.pub");
        Files.writeString(file, PublisherKey.of(java.security.KeyPairGenerator.getInstance("Ed25519")
                .generateKeyPair().getPublic()).encoded() + "\n");
        return file;
    }

    public static FleetCredential credential(Path data, String station) throws Exception {
        return FleetCredential.read(new HubHome(data).credentialFile(station));
    }
}
