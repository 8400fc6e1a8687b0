package org.xiangli.kiosk.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A scenario's text for {@code --scenario}: a file, or {@code builtin:NAME}, one the jar carries. */
public final class ScenarioFiles {

    /** The prefix of the scenarios the jar carries beside this class (the AOT cache's training walk). */
    public static final String BUILTIN = "builtin:";

    private ScenarioFiles() {
    }

    /** The text of {@code file}: read from disk, or from the jar for {@code builtin:NAME}. */
    public static String read(Path file) throws IOException {
        String name = file.toString();
        if (!name.startsWith(BUILTIN)) {
            return Files.readString(file);
        }
        String resource = name.substring(BUILTIN.length()) + ".scenario";
        try (var in = ScenarioFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no built-in scenario " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
