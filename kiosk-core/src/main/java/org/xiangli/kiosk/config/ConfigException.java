package org.xiangli.kiosk.config;

import java.util.List;
import java.util.stream.Collectors;

/** A config file that cannot be used; startup stops with this message. */
public final class ConfigException extends Exception {

    private final transient List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::describe).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
