package org.xiangli.provisioning.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV reader for the devices sheet technicians keep in a spreadsheet: comma separated, optional double
 * quotes with {@code ""} for a quote, one record per line (no line breaks inside fields), a header row, blank
 * lines and {@code #} comments skipped. A byte-order mark (spreadsheets write one) is ignored.
 */
final class CsvTable {

    /** One data row with its 1-based line number in the file. */
    record Row(int line, List<String> fields) {
    }

    /** A line that cannot be read, with its 1-based line number. */
    static final class CsvException extends Exception {
        private final int line;

        CsvException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    record Parsed(List<String> header, List<Row> rows, List<CsvException> errors) {
    }

    private CsvTable() {
    }

    static Parsed parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = body.lines().toList();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        List<CsvException> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            try {
                List<String> fields = fields(line, i + 1);
                if (header == null) {
                    header = fields.stream().map(String::strip).toList();
                } else if (fields.size() != header.size()) {
                    errors.add(new CsvException(i + 1, "has " + fields.size() + " fields, the header has "
                            + header.size() + " / 字段数与表头不符"));
                } else {
                    rows.add(new Row(i + 1, fields));
                }
            } catch (CsvException e) {
                errors.add(e);
            }
        }
        return new Parsed(header == null ? List.of() : header, rows, errors);
    }

    private static List<String> fields(String line, int number) throws CsvException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (wasQuoted || !field.toString().isBlank()) {
                    throw new CsvException(number, "a quote inside an unquoted field at column " + (i + 1)
                            + " / 引号位置错误");
                }
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                throw new CsvException(number, "text after a closing quote at column " + (i + 1) + " / 引号后有多余字符");
            } else if (!wasQuoted) {
                field.append(c);
            }
        }
        if (quoted) {
            throw new CsvException(number, "a quote is not closed / 引号未闭合");
        }
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        return fields;
    }
}
