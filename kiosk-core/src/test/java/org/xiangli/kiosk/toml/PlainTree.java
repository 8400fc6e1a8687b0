package org.xiangli.kiosk.toml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tree as plain Java maps and lists, so that ours and tomlj's compare with {@code equals}: tables become
 * {@code Map}s, arrays {@code List}s, every other value stays as it is.
 */
final class PlainTree {

    private PlainTree() {
    }

    static Map<String, Object> of(TomlTable table) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : table.toMap().entrySet()) {
            map.put(e.getKey(), plain(e.getValue()));
        }
        return map;
    }

    private static Object plain(Object value) {
        if (value instanceof TomlTable table) {
            return of(table);
        }
        if (value instanceof TomlArray array) {
            List<Object> list = new ArrayList<>();
            for (Object item : array.toList()) {
                list.add(plain(item));
            }
            return list;
        }
        return value;
    }

    static Map<String, Object> ofTomlj(org.tomlj.TomlTable table) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : table.toMap().entrySet()) {
            map.put(e.getKey(), plainTomlj(e.getValue()));
        }
        return map;
    }

    private static Object plainTomlj(Object value) {
        if (value instanceof org.tomlj.TomlTable table) {
            return ofTomlj(table);
        }
        if (value instanceof org.tomlj.TomlArray array) {
            List<Object> list = new ArrayList<>();
            for (Object item : array.toList()) {
                list.add(plainTomlj(item));
            }
            return list;
        }
        return value;
    }
}
