package org.xiangli.kiosk.toml;

import java.util.List;

/**
 * Reads TOML 1.0 ({@code kiosk.toml}, station templates). Our own reader, not a library's: tomlj's ANTLR parser
 * cost 35 ms cold for an empty file and 65-85 ms for a small one on the kiosk's way to its first frame; this one
 * is a few small classes with no dependencies.
 */
public final class Toml {

    private Toml() {
    }

    /**
     * The document in {@code text}; never throws for any text: a text that is not valid TOML gives a document with
     * its first error (line, column and what is wrong) and an empty root.
     */
    public static TomlDocument parse(String text) {
        try {
            return new TomlDocument(new TomlParser(text).parse(), List.of());
        } catch (TomlSyntaxException e) {
            return new TomlDocument(new TomlTable(), List.of(e.error()));
        }
    }
}
