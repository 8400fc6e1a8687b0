package org.xiangli.kiosk.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our reader against tomlj, the library it replaces (kept as a test dependency for this): every valid document of
 * the corpus gives both the same tree and the same dotted keys.
 */
class TomlDifferentialTest {

    static Stream<Arguments> corpus() {
        return TomlCorpus.documents().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aValidDocumentReadsAsTomljReadsIt(String name, String text) {
        org.tomlj.TomlParseResult theirs = org.tomlj.Toml.parse(text);
        assertFalse(theirs.hasErrors(), () -> "tomlj refuses the corpus document " + name + ": " + theirs.errors());

        TomlDocument ours = Toml.parse(text);

        assertFalse(ours.hasErrors(), () -> name + ": " + ours.errors());
        assertEquals(PlainTree.ofTomlj(theirs), PlainTree.of(ours.root()), name);
        // Both spell a key that needs quotes their own way ("\u00e9" or "é"): compare the parts.
        Set<List<String>> theirKeys = theirs.dottedKeySet().stream().map(org.tomlj.Toml::parseDottedKey)
                .collect(Collectors.toSet());
        Set<List<String>> ourKeys = ours.root().dottedKeySet().stream().map(TomlKeys::split)
                .collect(Collectors.toSet());
        assertEquals(theirKeys, ourKeys, name);
    }
}
