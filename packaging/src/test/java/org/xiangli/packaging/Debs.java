package org.xiangli.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The built .deb files and the programs the package tests run on them. */
final class Debs {

    /** ELF e_machine values of the two architectures we ship. */
    static final Map<String, Integer> ELF_MACHINE = Map.of("amd64", 62, "arm64", 183);

    private Debs() {
    }

    record Run(int exitCode, String output) {
    }

    /** The e_machine field of the ELF file {@code in} begins with (its processor). */
    static int elfMachine(java.io.InputStream in) throws IOException {
        byte[] header = in.readNBytes(20);
        return (header[18] & 0xff) | (header[19] & 0xff) << 8;
    }

    /** The one {@code xiangli_VERSION_ARCH.deb} the build left in target/ (the build cleans older ones). */
    static Path deb(String arch) throws IOException {
        Path dir = Path.of(System.getProperty("xiangli.deb.dir", "target"));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> debs = files.filter(f -> f.getFileName().toString().matches("xiangli_.+_" + arch + "\\.deb"))
                    .toList();
            assertEquals(1, debs.size(), "one xiangli_*_" + arch + ".deb in " + dir + ": " + debs);
            return debs.getFirst();
        }
    }

    /** The package this machine can run (the build machine's own architecture). */
    static String machineArch() {
        return System.getProperty("os.arch").equals("aarch64") ? "arm64" : "amd64";
    }

    /** The package's files, unpacked under {@code dir/root-ARCH}. */
    static Path unpack(String arch, Path dir) throws IOException, InterruptedException {
        Path tree = dir.resolve("root-" + arch);
        Run unpack = run(Map.of(), "dpkg-deb", "-x", deb(arch).toString(), tree.toString());
        assertEquals(0, unpack.exitCode(), unpack.output());
        return tree;
    }

    /** The package's control files (control, postinst, ...), under {@code dir/control-ARCH}. */
    static Path control(String arch, Path dir) throws IOException, InterruptedException {
        Path control = dir.resolve("control-" + arch);
        Run extract = run(Map.of(), "dpkg-deb", "-e", deb(arch).toString(), control.toString());
        assertEquals(0, extract.exitCode(), extract.output());
        return control;
    }

    static String testJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    /** A shell script named {@code name} in {@code bin} that appends its name and arguments to {@code log}. */
    static void stub(Path bin, String name, Path log, String body) throws IOException {
        Files.createDirectories(bin);
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\necho \"" + name + " $*\" >> '" + log + "'\n" + body + "\n",
                StandardCharsets.UTF_8);
        script.toFile().setExecutable(true);
    }
}
