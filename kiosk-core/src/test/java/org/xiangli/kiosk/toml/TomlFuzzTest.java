package org.xiangli.kiosk.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated texts: the reader never throws, every error names a place inside the text, and a text it
 * accepts gives a tree whose values, written out again, read back equal. Each case has its own seed, printed when
 * it fails: {@code new Random(seed)} makes the same text again.
 */
class TomlFuzzTest {

    private static final long SEED = 20_261_123L;
    private static final String ALPHABET = "[]{}=,.\"'#\\ \t\n\n\r_-+:abcezTZ0179中é\u0000\u0001\u007f\uD800";
    private static final List<String> TOKENS = List.of("a", "b.c", "\"k\"", "'k'", " = ", "=", "[", "]", "[[", "]]",
            "{", "}", ",", ".", "\n", "\r\n", " ", "# c\n", "\"x\"", "'x'", "\"\"\"", "'''", "\\", "\\u00e9", "1",
            "-0", "0x1F", "0o7", "0b1", "1_000", "3.14", "1e5", "inf", "nan", "true", "false", "1979-05-27",
            "07:32:00", "T", "Z", "+08:00", ".5", "\"\"", "07", ":", "-", "1979", "-05", "_");
    /** What one-word values (numbers, dates, times) are made of. */
    private static final String WORD_CHARS = "0123456789+-.:_eExobTtZz ";

    @Test
    void randomCharactersNeverThrow() {
        for (int i = 0; i < 20_000; i++) {
            long seed = SEED + i;
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int c = 0; c < length; c++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            check(text.toString(), "random characters, seed " + seed);
        }
    }

    @Test
    void randomBytesReadAsUtf8NeverThrow() {
        for (int i = 0; i < 5_000; i++) {
            long seed = SEED + 100_000 + i;
            Random random = new Random(seed);
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            check(new String(bytes, StandardCharsets.UTF_8), "random bytes, seed " + seed);
        }
    }

    @Test
    void randomTokensNeverThrow() {
        for (int i = 0; i < 30_000; i++) {
            long seed = SEED + 200_000 + i;
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int t = 0; t < length; t++) {
                text.append(TOKENS.get(random.nextInt(TOKENS.size())));
            }
            check(text.toString(), "random tokens, seed " + seed);
        }
    }

    @Test
    void randomNumberAndDateLikeWordsNeverThrow() {
        for (int i = 0; i < 6_000; i++) {
            long seed = SEED + 400_000 + i;
            Random random = new Random(seed);
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int c = 0; c < length; c++) {
                word.append(WORD_CHARS.charAt(random.nextInt(WORD_CHARS.length())));
            }
            check("v = " + word + "\n", "a random word, seed " + seed);
            check("v = [" + word + "]\n", "a random word in an array, seed " + seed);
        }
    }

    /**
     * Not random: every prefix of a short valid line, and every one-char deletion, replacement and insertion (from
     * the characters TOML gives meaning to), so that no cut-off date or escape slips through by chance.
     */
    @Test
    void everySmallEditOfAShortLineNeverThrows() {
        String alphabet = "0123456789+-.:_eExobTtZzu \t\"'\\[]{},=#\nU";
        List<String> lines = List.of("v = 1979-05-27T00:32:00.999999-07:00", "v = 1979-05-27 07:32:00Z",
                "v = 07:32:00.5", "v = 1979-05-27", "v = 0xDEAD_beef", "v = -1_000.5e+1_0", "v = 0o17", "v = 0b101",
                "v = +inf", "v = -nan", "v = 9223372036854775807", "v = \"a\\u00e9\\U0001F600\\n\"",
                "v = '''x\ny'''", "v = \"\"\"a\\\n  b\"\"\"", "v = [1, [2], {a = 3}]",
                "v = { a.b = 1, \"c\" = [] }", "[a.\"b\".c]", "[[a . b]]", "a.'b'.\"c\" = true # note");
        for (String line : lines) {
            for (int i = 0; i <= line.length(); i++) {
                check(line.substring(0, i), "prefix " + i + " of " + line);
                if (i < line.length()) {
                    check(line.substring(0, i) + line.substring(i + 1), "char " + i + " deleted from " + line);
                }
                for (int c = 0; c < alphabet.length(); c++) {
                    String edited = line.substring(0, i) + alphabet.charAt(c);
                    check(edited + line.substring(i), "char inserted at " + i + " in " + line);
                    if (i < line.length()) {
                        check(edited + line.substring(i + 1), "char " + i + " replaced in " + line);
                    }
                }
            }
        }
    }

    @Test
    void mutatedCorpusDocumentsNeverThrow() {
        List<Map.Entry<String, String>> corpus = new ArrayList<>(TomlCorpus.documents().entrySet());
        for (int i = 0; i < 12_000; i++) {
            long seed = SEED + 300_000 + i;
            Map.Entry<String, String> doc = corpus.get(i % corpus.size());
            check(Mutations.mutate(doc.getValue(), new Random(seed)),
                    "a mutation of " + doc.getKey() + ", seed " + seed);
        }
    }

    /**
     * tomlj on the same mutations: where both accept a text they must read it the same. Where only one accepts it,
     * the test does not fail: tomlj has bugs of its own (it takes an offset {@code -07:0} and an escape {@code \'},
     * refuses a date that ends an array when the next line starts with some letters, and throws on a few texts);
     * but such cases must stay rare, or the two readers differ in a way to look into.
     */
    @Test
    void aMutatedDocumentThatTomljAlsoAcceptsReadsAsTomljReadsIt() {
        List<Map.Entry<String, String>> corpus = new ArrayList<>(TomlCorpus.documents().entrySet());
        // tomlj reads a text ~20 times slower than ours: fewer cases than above keep the test quick.
        int cases = 4_000;
        int bothAccept = 0;
        List<String> onlyOneAccepts = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            long seed = SEED + 300_000 + i;
            Map.Entry<String, String> doc = corpus.get(i % corpus.size());
            String text = Mutations.mutate(doc.getValue(), new Random(seed));
            TomlDocument ours = Toml.parse(text);
            org.tomlj.TomlParseResult theirs;
            try {
                theirs = org.tomlj.Toml.parse(text);
            } catch (RuntimeException | AssertionError | StackOverflowError e) {
                // tomlj's own failure: no verdict of its to compare with.
                continue;
            }
            if (ours.hasErrors() != theirs.hasErrors()) {
                onlyOneAccepts.add("seed " + seed + " (" + doc.getKey() + "): "
                        + (ours.hasErrors() ? "we say " + ours.errors().getFirst().describe()
                        : "tomlj says " + theirs.errors().getFirst()));
            } else if (!ours.hasErrors()) {
                bothAccept++;
                assertEquals(PlainTree.ofTomlj(theirs), PlainTree.of(ours.root()),
                        "a mutation of " + doc.getKey() + ", seed " + seed + ":\n" + text);
            }
        }
        assertTrue(bothAccept > cases / 5,
                "too few mutations stay valid for the comparison to mean much: " + bothAccept);
        assertTrue(onlyOneAccepts.size() < cases / 200, () -> onlyOneAccepts.size() + " disagreements:\n"
                + String.join("\n", onlyOneAccepts));
    }

    /** The reader's promises on any text. */
    static TomlDocument check(String text, String what) {
        TomlDocument document;
        try {
            document = Toml.parse(text);
        } catch (Throwable t) {
            throw new AssertionError(what + ": threw " + t + " on:\n" + text, t);
        }
        if (document.hasErrors()) {
            assertEquals(1, document.errors().size(), what);
            TomlError error = document.errors().getFirst();
            String[] lines = text.split("\n", -1);
            assertTrue(error.line() >= 1 && error.line() <= lines.length, () -> what + ": " + error);
            assertTrue(error.column() >= 1 && error.column() <= lines[error.line() - 1].length() + 1,
                    () -> what + ": " + error);
            assertFalse(error.message().isBlank(), what);
            assertTrue(document.root().isEmpty(), what);
            return document;
        }
        int lineCount = text.split("\n", -1).length;
        for (String key : document.root().dottedKeySet()) {
            Object value = document.root().get(key);
            assertTrue(value != null && !(value instanceof TomlTable), () -> what + ": " + key + " -> " + value);
            int line = document.root().lineOf(key).orElse(0);
            assertTrue(line >= 1 && line <= lineCount, () -> what + ": " + key + " on line " + line);
        }
        String written = TomlWriter.write(document.root());
        TomlDocument again = Toml.parse(written);
        if (again.hasErrors()) {
            fail(what + ": its tree, written out, does not read back: " + again.errors() + "\n" + written);
        }
        assertEquals(PlainTree.of(document.root()), PlainTree.of(again.root()), () -> what + ":\n" + text);
        return document;
    }
}
