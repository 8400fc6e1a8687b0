package org.xiangli.kiosk.toml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xiangli.kiosk.config.ConfigLoader;

/**
 * Valid TOML documents: the files the kiosk reads (the station template, the demo service guide, the example
 * config) and snippets covering every element of TOML 1.0's syntax, mostly after the spec's own examples. The
 * differential test reads each with tomlj too; the fuzz tests mutate them.
 */
final class TomlCorpus {

    private TomlCorpus() {
    }

    /** Name to text, in a fixed order (the fuzz tests' seeds depend on it). */
    static Map<String, String> documents() {
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("station-template.toml", resource("/org/xiangli/kiosk/queue/station-template.toml"));
        docs.put("demo services.toml", resource("/org/xiangli/kiosk/demo/services.toml"));
        docs.put("example kiosk.toml", ConfigLoader.exampleToml());
        docs.putAll(snippets());
        return docs;
    }

    static Map<String, String> snippets() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("empty", "");
        s.put("only comments and blank lines", "# a comment\n\n   # indented\n\t\n");
        s.put("comments after values", "a = 1 # one\nb = \"# not a comment\" # two\n[t] # a table\nc = [1, # in\n2]\n");
        s.put("no newline at the end", "a = 1\nb = 2");
        s.put("CRLF line ends", "a = 1\r\nb = \"x\"\r\n# c\r\n[t]\r\nc = [1,\r\n2]\r\nd = '''\r\nx\r\ny'''\r\n");
        s.put("blanks everywhere", "  a = 1\n\t b\t=\t2\t\n[  t  ]\n  c=3\n[[ u ]]\nd =4\n");
        s.put("bare keys", "key = 1\nbare_key = 2\nbare-key = 3\n1234 = 4\n-_- = 5\n");
        s.put("quoted keys", """
                "127.0.0.1" = "value"
                "character encoding" = "value"
                "ʎǝʞ" = "value"
                'key2' = "value"
                'quoted "value"' = "value"
                "" = "blank"
                "esc\\tkey\\u00e9" = 7
                """);
        s.put("dotted keys", """
                name = "Orange"
                physical.color = "orange"
                physical . shape = "round"
                site."google.com" = true
                3.14159 = "pi"
                fruit. flavor = "banana"
                """);
        s.put("dotted keys out of order", """
                apple.type = "fruit"
                orange.type = "fruit"
                apple.skin = "thin"
                orange.skin = "thick"
                """);
        s.put("table headers", """
                [table-1]
                key1 = "some string"
                key2 = 123

                [table-2]
                key1 = "another string"

                [ dog . "tater.man" ]
                type.name = "pug"

                [ j . "ʞ" . 'l' ]
                [a.""]
                x = 1
                """);
        s.put("super tables defined after", "[x.y.z.w]\na = 1\n[x]\nb = 2\n[x.y]\nc = 3\n");
        s.put("sub-table of a dotted-key table", """
                [fruit]
                apple.color = "red"
                apple.taste.sweet = true

                [fruit.apple.texture]
                smooth = true
                """);
        s.put("dotted keys into a table only named by a header", "[a.b.c]\nz = 9\n[a]\nb.d = 1\n");
        s.put("arrays of tables", """
                [[products]]
                name = "Hammer"
                sku = 738594937

                [[products]]  # empty table within the array

                [[products]]
                name = "Nail"
                sku = 284758393
                color = "gray"
                """);
        s.put("nested arrays of tables", """
                [[fruits]]
                name = "apple"

                [fruits.physical]  # subtable
                color = "red"
                shape = "round"

                [[fruits.varieties]]  # nested array of tables
                name = "red delicious"

                [[fruits.varieties]]
                name = "granny smith"

                [[fruits]]
                name = "banana"

                [[fruits.varieties]]
                name = "plantain"
                """);
        s.put("basic strings", """
                str = "I'm a string. \\"You can quote me\\". Name\\tJos\\u00E9\\nLocation\\tSF."
                escapes = "\\b\\t\\n\\f\\r\\"\\\\"
                unicode = "\\u4E61\\u91CC \\U0001F600"
                tab = "a\tb"
                chinese = "柳溪村便民服务站"
                empty = ""
                """);
        // Plain strings, not a text block: a text block cannot hold the spec's runs of quotes.
        s.put("multi-line basic strings", String.join("\n",
                "str1 = \"\"\"",
                "Roses are red",
                "Violets are blue\"\"\"",
                "str2 = \"\"\"",
                "The quick brown \\",
                "",
                "",
                "  fox jumps over \\",
                "    the lazy dog.\"\"\"",
                "str3 = \"\"\"\\",
                "       The quick brown \\",
                "       fox jumps over \\",
                "       the lazy dog.\\",
                "       \"\"\"",
                "str4 = \"\"\"Here are two quotation marks: \"\". Simple enough.\"\"\"",
                "str5 = \"\"\"Here are three quotation marks: \"\"\\\".\"\"\"",
                "str6 = \"\"\"Here are fifteen quotation marks: \"\"\\\"\"\"\\\"\"\"\\\"\"\"\\\"\"\"\\\".\"\"\"",
                "str7 = \"\"\"\"This,\" she said, \"is just a pointless statement.\"\"\"\"",
                "trailing = \"\"\"a \\ \t",
                "  b\"\"\"",
                "empty = \"\"\"\"\"\"",
                ""));
        s.put("literal strings", """
                winpath  = 'C:\\Users\\nodejs\\templates'
                winpath2 = '\\\\ServerX\\admin$\\system32\\'
                quoted   = 'Tom "Dubs" Preston-Werner'
                regex    = '<\\i\\c*\\s*>'
                tab = 'a\tb'
                empty = ''
                """);
        s.put("multi-line literal strings", """
                regex2 = '''I [dw]on't need \\d{2} apples'''
                lines  = '''
                The first newline is
                trimmed in raw strings.
                   All other whitespace
                   is preserved.
                '''
                quot15 = '''Here are fifteen quotation marks: \"""\"""\"""\"""\"""'''
                apos15 = "Here are fifteen apostrophes: '''''''''''''''"
                str = ''''That,' she said, 'is still pointless.''''
                """);
        s.put("integers", """
                int1 = +99
                int2 = 42
                int3 = 0
                int4 = -17
                int5 = 1_000
                int6 = 5_349_221
                int7 = 53_49_221
                int8 = 1_2_3_4_5
                zero1 = +0
                zero2 = -0
                max = 9223372036854775807
                min = -9223372036854775808
                hex1 = 0xDEADBEEF
                hex2 = 0xdeadbeef
                hex3 = 0xdead_beef
                hex4 = 0x7FFFFFFFFFFFFFFF
                oct1 = 0o01234567
                oct2 = 0o755
                bin1 = 0b11010110
                bin2 = 0b0
                """);
        s.put("floats", """
                flt1 = +1.0
                flt2 = 3.1415
                flt3 = -0.01
                flt4 = 5e+22
                flt5 = 1e06
                flt6 = -2E-2
                flt7 = 6.626e-34
                flt8 = 224_617.445_991_228
                flt9 = 0e0
                flt10 = 1.5E1_0
                sf1 = inf
                sf2 = +inf
                sf3 = -inf
                sf4 = nan
                sf5 = +nan
                sf6 = -nan
                negative_zero = -0.0
                positive_zero = +0.0
                """);
        s.put("booleans", "bool1 = true\nbool2 = false\n");
        s.put("dates and times", """
                odt1 = 1979-05-27T07:32:00Z
                odt2 = 1979-05-27T00:32:00-07:00
                odt3 = 1979-05-27T00:32:00.999999-07:00
                odt4 = 1979-05-27 07:32:00Z
                odt5 = 1979-05-27T07:32:00+08:00
                odt6 = 1979-05-27t07:32:00z
                ldt1 = 1979-05-27T07:32:00
                ldt2 = 1979-05-27T00:32:00.999999
                ldt3 = 2000-02-29 23:59:59.5
                ld1 = 1979-05-27
                lt1 = 07:32:00
                lt2 = 00:32:00.999999
                lt3 = 23:59:59.123456789
                """);
        s.put("arrays", """
                integers = [ 1, 2, 3 ]
                colors = [ "red", "yellow", "green" ]
                nested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]
                nested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]
                string_array = [ "all", 'strings', \"""are the same\""", '''type''' ]
                numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]
                contributors = [
                  "Foo Bar <foo@example.com>",
                  { name = "Baz Qux", email = "bazqux@example.com", url = "https://example.com/bazqux" }
                ]
                integers2 = [
                  1, 2, 3
                ]
                integers3 = [
                  1,
                  2, # this is ok
                ]
                empty = []
                empty_with_comment = [ # nothing
                ]
                deep = [[[[[1]]]]]
                times = [1979-05-27, 07:32:00, 1979-05-27T07:32:00Z]
                """);
        s.put("inline tables", """
                name = { first = "Tom", last = "Preston-Werner" }
                point = { x = 1, y = 2 }
                animal = { type.name = "pug" }
                empty = {}
                spaced = {   a . b  =  1   }
                nested = { a = { b = { c = 1 } }, d = [ { e = 2 } ] }
                with_array = { list = [
                  1, 2 ] }
                quoted = { "1" = 17, "3" = 27 }
                """);
        s.put("arrays of inline tables", """
                points = [ { x = 1, y = 2, z = 3 },
                           { x = 7, y = 8, z = 9 },
                           { x = 2, y = 4, z = 8 } ]
                """);
        s.put("the spec's example", """
                # This is a TOML document

                title = "TOML Example"

                [owner]
                name = "Tom Preston-Werner"
                dob = 1979-05-27T07:32:00-08:00

                [database]
                enabled = true
                ports = [ 8000, 8001, 8002 ]
                data = [ ["delta", "phi"], [3.14] ]
                temp_targets = { cpu = 79.5, case = 72.0 }

                [servers]

                [servers.alpha]
                ip = "10.0.0.1"
                role = "frontend"

                [servers.beta]
                ip = "10.0.0.2"
                role = "backend"
                """);
        s.put("a kiosk config", """
                [station]
                code = "360121-007"
                name = "柳溪村便民服务站"
                [display]
                fullscreen = false
                width = 1080
                screen_off = "21:30"
                [content]
                trusted_keys = ["ed25519:abc", "ed25519:def"]
                [queue]
                call_buttons = { "1" = 17, "3" = 27 }
                """);
        s.put("a header after an array of tables", "[[a]]\nb = 1\n[[a]]\nb = 2\n[a.c]\nd = 1\n[[a.e]]\nf = 1\n");
        s.put("Chinese keys in quotes", "\"名\" = \"值\"\n\"键\" = '值'\n[\"表\"]\n\"子\".'键' = 1\n");
        return s;
    }

    private static String resource(String name) {
        try (InputStream in = TomlCorpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
