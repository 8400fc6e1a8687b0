package org.xiangli.kiosk.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A scenario read from a file: its name (for reports) and its steps with the lines they came from.
 *
 * @param name  how reports name it, usually the file name
 * @param lines the steps, in order; comments and blank lines are not among them
 */
public record Scenario(String name, List<Line> lines) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        lines = List.copyOf(lines);
    }

    /** One step and where it stands in the file. */
    public record Line(int number, String source, Step step) {
        public Line {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(step, "step");
        }
    }

    public List<Step> steps() {
        return lines.stream().map(Line::step).toList();
    }
}
