package org.xiangli.kiosk.config;

/** A documented config key: its TOML name, its default as written in TOML, and what it means. */
public record ConfigKey(String name, String defaultToml, String expected, String description) {
}
