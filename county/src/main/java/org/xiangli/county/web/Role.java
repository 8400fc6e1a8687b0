package org.xiangli.county.web;

import java.util.Locale;
import java.util.Optional;

/**
 * What a hub user may do. A viewer looks; a technician also sends the everyday commands (sync, notice, screenshot,
 * self-test); a county admin also restarts kiosks, sets their config and manages users.
 */
public enum Role {
    VIEWER("查看人员"), TECHNICIAN("技术员"), ADMIN("县管理员");

    private final String chinese;

    Role(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** The role a verb needs. */
    public static Role forVerb(String verb) {
        return switch (verb) {
            case "restart", "config-set" -> ADMIN;
            default -> TECHNICIAN;
        };
    }

    public static Optional<Role> of(String word) {
        for (Role r : values()) {
            if (r.word().equals(word)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
