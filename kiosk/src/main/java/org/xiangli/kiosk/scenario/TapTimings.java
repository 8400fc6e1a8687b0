package org.xiangli.kiosk.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;

/**
 * Where the scenario runner writes, for each {@code tap} that opened a page, the time from the touch to the new
 * page's first frame ({@code bench/touch.sh}): one tab-separated line per navigation, appended, so the scenarios
 * of one run (or of several runs) gather in one file.
 */
public final class TapTimings {

    /** The system property naming the file ({@code -Dxiangli.timings=FILE}); unset, nothing is measured. */
    public static final String PROPERTY = "xiangli.timings";

    /** One navigation: the scenario and line of the tap, its words, the page it opened, touch → frame in ms. */
    public record Navigation(String scenario, int line, String tap, String page, double millis) {
        public Navigation {
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(tap, "tap");
            Objects.requireNonNull(page, "page");
        }

        String tsv() {
            return String.join("\t", clean(scenario), Integer.toString(line), clean(tap), clean(page),
                    String.format(java.util.Locale.ROOT, "%.3f", millis));
        }

        private static String clean(String s) {
            return s.replace('\t', ' ').replace('\n', ' ');
        }
    }

    private final Path file;

    public TapTimings(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The file named by {@link #PROPERTY}, if set. */
    public static java.util.Optional<TapTimings> fromSystemProperty() {
        String name = System.getProperty(PROPERTY, "");
        return name.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(new TapTimings(Path.of(name)));
    }

    /** Appends the navigations (one writer at a time: scenarios may end together). */
    public synchronized void append(List<Navigation> navigations) throws IOException {
        StringBuilder lines = new StringBuilder();
        navigations.forEach(n -> lines.append(n.tsv()).append('\n'));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
