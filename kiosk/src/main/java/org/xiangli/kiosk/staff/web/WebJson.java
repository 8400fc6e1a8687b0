package org.xiangli.kiosk.staff.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The JSON of the console, the call display and their pages: records written by Jackson, compact. '<' is written
 * as {@code \u003c}, so no value can close the HTML script element a page carries its strings in.
 */
final class WebJson {

    private static final ObjectWriter WRITER = new ObjectMapper().writer().with(new ScriptSafe());

    private WebJson() {
    }

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Our own records of strings, numbers and lists: failing here is a programming error.
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** JSON's own escapes, plus '<' in the lower-case form the pages have always had. */
    private static final class ScriptSafe extends CharacterEscapes {

        private static final SerializedString LESS_THAN = new SerializedString("\\u003c");
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptSafe() {
            ascii['<'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '<' ? LESS_THAN : null;
        }
    }
}
