package org.xiangli.kiosk.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests, written apart from {@link CsvSheet} so the two check each other: records
 * end in CRLF (the last one too), a field is either quoted ({@code ""} for a quote, anything else literal) or holds
 * no comma, quote, CR or LF. Anything else is an {@link IllegalArgumentException}.
 */
final class Rfc4180 {

    /** A field as read, and whether it stood in quotes in the file. */
    record Field(String value, boolean quoted) {
    }

    private Rfc4180() {
    }

    static List<List<Field>> parse(String text) {
        List<List<Field>> records = new ArrayList<>();
        List<Field> record = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            StringBuilder value = new StringBuilder();
            boolean quoted = text.charAt(i) == '"';
            if (quoted) {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("a quoted field is not closed");
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            value.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        value.append(c);
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    char c = text.charAt(i++);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("a quote or bare LF in an unquoted field at " + (i - 1));
                    }
                    value.append(c);
                }
            }
            record.add(new Field(value.toString(), quoted));
            if (i >= text.length()) {
                throw new IllegalArgumentException("the last record does not end in CRLF");
            }
            if (text.charAt(i) == ',') {
                i++;
                if (i >= text.length()) {
                    throw new IllegalArgumentException("the file ends after a comma");
                }
            } else if (text.startsWith("\r\n", i)) {
                i += 2;
                records.add(record);
                record = new ArrayList<>();
            } else {
                throw new IllegalArgumentException("'" + text.charAt(i) + "' after a field at " + i);
            }
        }
        return records;
    }
}
