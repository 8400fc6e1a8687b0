package org.xiangli.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build writes each style sheet also in JavaFX's binary form (src/build/CompileStylesheets.java), which JavaFX
 * loads in place of the text: it must say exactly what the text says, rule by rule, or the kiosk would show styles
 * nobody wrote (a .bss left over from an older .css).
 */
class BinaryStylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"kiosk", "kiosk-base"})
    void theBinaryStylesheetSaysWhatTheTextSays(String name) throws Exception {
        URL css = Theme.class.getResource(name + ".css");
        URL bss = Theme.class.getResource(name + ".bss");
        assertNotNull(css, name + ".css");
        assertNotNull(bss, name + ".bss is built beside " + name + ".css (process-classes)");

        List<String> text = describe(new CssParser().parse(css));
        List<String> binary = describe(Stylesheet.loadBinary(bss));

        assertFalse(text.isEmpty(), "the sheet has rules");
        assertEquals(text, binary);
    }

    /** Each rule as its selectors and its declarations (property, parsed value, !important), in order. */
    private static List<String> describe(Stylesheet sheet) {
        return sheet.getRules().stream().map(BinaryStylesheetsTest::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + "=" + d.getParsedValue() + (d.isImportant() ? " !important" : ""))
                .toList();
    }
}
