package org.xiangli.kiosk.scenario;

import java.util.List;

/** A scenario file that cannot be run: every bad line, each with its number, what it says and what was expected. */
public final class ScenarioSyntaxException extends Exception {

    private final List<String> problems;

    public ScenarioSyntaxException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
