package org.xiangli.county.web;

import java.util.Locale;
import java.util.Optional;

/**
 * What a hub user may do. A viewer looks; a technician also sends the everyday commands (sync, notice, screenshot,
 * self-test); a county admin also restarts kiosks, sets their config and manages users. The editorial roles (issue
 * 17) write items — a village editor for its own station, a township editor for its township's stations, a county
 * editor for any — and a reviewer (村务监督委员会) approves 村务公开 and 财务公开 items; on the fleet's pages they
 * count as viewers.
 */
public enum Role {
    VIEWER("查看人员", 0), TECHNICIAN("技术员", 1), ADMIN("县管理员", 2),
    VILLAGE_EDITOR("村编辑", 0), TOWNSHIP_EDITOR("乡镇编辑", 0), COUNTY_EDITOR("县编辑", 0),
    REVIEWER("审核人（村务监督）", 0);

    private final String chinese;
    /** Standing on the fleet's pages: 0 looks, 1 sends everyday commands, 2 administers. */
    private final int fleetRank;

    Role(String chinese, int fleetRank) {
        this.chinese = chinese;
        this.fleetRank = fleetRank;
    }

    /** Writes items (a county admin may too, as a county editor). */
    public boolean edits() {
        return this == VILLAGE_EDITOR || this == TOWNSHIP_EDITOR || this == COUNTY_EDITOR || this == ADMIN;
    }

    /** Approves items that need review. */
    public boolean reviews() {
        return this == REVIEWER;
    }

    /** Needs a scope: a township (township editor) or a station code (village editor). */
    public boolean scoped() {
        return this == VILLAGE_EDITOR || this == TOWNSHIP_EDITOR;
    }

    public String chinese() {
        return chinese;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean atLeast(Role other) {
        return fleetRank >= other.fleetRank;
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
