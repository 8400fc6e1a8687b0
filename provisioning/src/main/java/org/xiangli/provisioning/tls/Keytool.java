package org.xiangli.provisioning.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's {@code keytool}, from the runtime kioskctl runs on (every JRE 25 package carries it): the JDK has no
 * public X.509 builder, and keytool makes and signs certificates with the JDK's own, maintained code.
 */
final class Keytool {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Path executable;

    Keytool(Path executable) {
        this.executable = executable;
    }

    /** The keytool beside the running JVM. */
    static Keytool ofRunningJvm() {
        return new Keytool(Path.of(System.getProperty("java.home"), "bin", "keytool"));
    }

    /** Runs keytool with {@code args}; store passwords come through the environment, never the command line. */
    String run(List<String> args, String password) throws IOException {
        if (!Files.isExecutable(executable)) {
            throw new IOException(executable + " is missing: kioskctl needs the keytool of its Java runtime");
        }
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.add("-J-Duser.language=en");
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XIANGLI_STOREPASS", password);
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("keytool did not finish in " + TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool ran", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("keytool " + args.getFirst() + " failed: " + out.strip());
        }
        return out;
    }

    /** The store password option for {@link #run}: keytool reads it from the environment variable. */
    static List<String> storepass(String option) {
        return List.of(option + ":env", "XIANGLI_STOREPASS");
    }
}
