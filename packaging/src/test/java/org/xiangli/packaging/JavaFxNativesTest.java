package org.xiangli.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JavaFX's native libraries in each .deb are built for the package's processor, inside the graphics jar and
 * unpacked in /usr/lib/xiangli/javafx, linked from beside the jars: where JavaFX looks before it would unpack and
 * checksum the jar's copies in the kiosk user's home at every start (issue 18).
 */
class JavaFxNativesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"amd64", "arm64"})
    void theGraphicsJarsLibrariesAreThePackagesProcessorsAndLieUnpackedBesideTheJars(String arch) throws Exception {
        Path tree = Debs.unpack(arch, dir);
        Path jars = tree.resolve("usr/share/xiangli/javafx");
        String suffix = arch.equals("arm64") ? "-linux-aarch64.jar" : "-linux.jar";
        Path graphics;
        try (var files = Files.list(jars)) {
            graphics = files.filter(f -> f.getFileName().toString().matches("javafx-graphics-.*" + suffix))
                    .findFirst().orElseThrow();
        }
        try (JarFile jar = new JarFile(graphics.toFile())) {
            JarEntry glass = jar.stream().filter(e -> e.getName().matches("(.*/)?libglass.*\\.so"))
                    .findFirst().orElseThrow();
            try (InputStream in = jar.getInputStream(glass)) {
                assertEquals(Debs.ELF_MACHINE.get(arch), Debs.elfMachine(in), glass.getName());
            }
        }

        for (String lib : List.of("libglass.so", "libglassgtk3.so", "libprism_es2.so", "libprism_sw.so",
                "libjavafx_font.so", "libjavafx_font_freetype.so", "libjavafx_iio.so")) {
            Path beside = jars.resolve(lib);
            assertTrue(Files.isSymbolicLink(beside), lib + " is linked from beside the jars");
            Path target = beside.getParent().resolve(Files.readSymbolicLink(beside)).normalize();
            assertEquals(tree.resolve("usr/lib/xiangli/javafx").resolve(lib), target);
            try (InputStream in = Files.newInputStream(target)) {
                assertEquals(Debs.ELF_MACHINE.get(arch), Debs.elfMachine(in), lib);
            }
        }
    }
}
