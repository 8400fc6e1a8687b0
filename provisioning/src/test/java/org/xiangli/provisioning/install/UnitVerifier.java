package org.xiangli.provisioning.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs {@code systemd-analyze verify --root} on units in a root. verify wants the targets our units name
 * (copied from this machine's systemd) and the programs they start (stub scripts), so it checks everything else
 * for real: unknown keys, bad values, missing dependencies, calendar specs.
 */
final class UnitVerifier {

    private UnitVerifier() {
    }

    record Result(int exitCode, String output) {
    }

    static void prepare(Path root) throws IOException {
        Path systemUnits = root.resolve("usr/lib/systemd/system");
        Files.createDirectories(systemUnits);
        Path host = Path.of("/usr/lib/systemd/system");
        try (Stream<Path> files = Files.list(host)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, systemUnits.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String program : SystemdUnits.EXECUTABLES) {
            Path stub = root.resolve(program.substring(1));
            Files.createDirectories(stub.getParent());
            Files.writeString(stub, "#!/bin/sh\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static Result verify(Path root, List<Path> units) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify", "--man=no", "--generators=no",
                "--root=" + root.toAbsolutePath()));
        units.forEach(u -> command.add(u.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
