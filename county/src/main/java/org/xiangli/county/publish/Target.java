package org.xiangli.county.publish;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where an item goes: every station of the county, the stations of some townships, or some stations by code.
 */
public record Target(Kind kind, List<String> names) {

    public enum Kind {
        ALL, TOWNSHIPS, STATIONS;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Target {
        names = List.copyOf(names);
        if (kind != Kind.ALL && names.isEmpty()) {
            throw new IllegalArgumentException(kind == Kind.TOWNSHIPS ? "请至少选择一个乡镇 / choose a township"
                    : "请至少选择一个站点 / choose a station");
        }
    }

    public static Target all() {
        return new Target(Kind.ALL, List.of());
    }

    /** From the form: kind word and names separated by commas, 、 or new lines. */
    public static Target parse(String kind, String names) {
        Kind k;
        try {
            k = Kind.valueOf((kind == null ? "" : kind).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("发布范围无效 / unknown target kind: " + kind);
        }
        List<String> list = names == null ? List.of() : Arrays.stream(names.split("[,，、\\n\\r]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        return new Target(k, k == Kind.ALL ? List.of() : list);
    }

    public String namesText() {
        return String.join(",", names);
    }

    public String chinese() {
        return switch (kind) {
            case ALL -> "全县所有站点";
            case TOWNSHIPS -> "乡镇：" + String.join("、", names);
            case STATIONS -> "站点：" + String.join("、", names);
        };
    }
}
