package org.xiangli.provisioning.devices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The little JSON kioskctl's device commands print: flat objects of strings and numbers, lists of those. */
final class Json {

    private Json() {
    }

    static String object(Map<String, ?> fields) {
        return fields.entrySet().stream()
                .map(e -> string(e.getKey()) + ": " + value(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String value(Object value) {
        return switch (value) {
            case null -> "null";
            case Number number -> number.toString();
            case Boolean bool -> bool.toString();
            case Map<?, ?> map -> object(map.entrySet().stream().collect(Collectors.toMap(
                    e -> String.valueOf(e.getKey()), Map.Entry::getValue, (a, b) -> b, LinkedHashMap::new)));
            case List<?> list -> list.stream().map(Json::value).collect(Collectors.joining(", ", "[", "]"));
            default -> string(value.toString());
        };
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
