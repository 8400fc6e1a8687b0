package org.xiangli.provisioning.devices;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;

/**
 * What kioskctl's device commands print with {@code --json}: a record written by Jackson on one line, with a space
 * after each ':' and ',' ({@code {"text": "…"}}) — the shape technicians' scripts and the tests already read.
 */
final class CommandJson {

    // Stateless printer, so one writer serves every thread.
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new SpacedLine());

    private CommandJson() {
    }

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Our own records of strings and numbers: failing here is a programming error, not an input problem.
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** One line, ": " between a name and its value, ", " between entries. */
    private static final class SpacedLine extends MinimalPrettyPrinter {

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}
