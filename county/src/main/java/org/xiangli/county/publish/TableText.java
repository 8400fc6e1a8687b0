package org.xiangli.county.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as it comes from a spreadsheet — cells copied in Excel or WPS and pasted (tab-separated, cells with line
 * breaks or quotes in double quotes), or a saved .csv file — turned into the pipe table of the kiosk's Markdown.
 * The first row is the header. Cells are kept as text, never interpreted: a '|' becomes a full-width '｜' so it
 * cannot split a cell, a line break inside a cell becomes a space, a cell of
 * dashes alone is kept in full-width dashes. Empty trailing rows and columns (a spreadsheet's
 * selection often has them) are dropped. Too large a table is refused with the numbers, so nothing is cut silently.
 */
public final class TableText {

    public static final int MAX_ROWS = 300;
    public static final int MAX_COLUMNS = 20;
    public static final int MAX_CELL = 200;

    private TableText() {
    }

    /** The rows of {@code text}, tab-separated if any line has a tab, else comma-separated. */
    public static List<List<String>> rows(String text) {
        if (text == null) {
            return List.of();
        }
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        char sep = t.indexOf('\t') >= 0 ? '\t' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < t.length() && t.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == sep) {
                row.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\n') {
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
            } else {
                cell.append(c);
                cellStarted = true;
            }
            if (rows.size() > MAX_ROWS + 1) {
                throw new IllegalArgumentException("表格超过 " + MAX_ROWS + " 行，请分成几个表格 / more than "
                        + MAX_ROWS + " rows");
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("表格中有未闭合的引号 / a quoted cell is not closed");
        }
        if (cellStarted || !row.isEmpty() || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return trim(rows);
    }

    private static List<List<String>> trim(List<List<String>> raw) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : raw) {
            rows.add(r.stream().map(TableText::clean).toList());
        }
        while (!rows.isEmpty() && rows.getLast().stream().allMatch(String::isEmpty)) {
            rows.removeLast();
        }
        while (!rows.isEmpty() && rows.getFirst().stream().allMatch(String::isEmpty)) {
            rows.removeFirst();
        }
        int columns = 0;
        for (List<String> r : rows) {
            for (int c = r.size() - 1; c >= 0; c--) {
                if (!r.get(c).isEmpty()) {
                    columns = Math.max(columns, c + 1);
                    break;
                }
            }
        }
        if (rows.size() > MAX_ROWS + 1) {
            throw new IllegalArgumentException("表格超过 " + MAX_ROWS + " 行，请分成几个表格 / more than " + MAX_ROWS
                    + " rows");
        }
        if (columns > MAX_COLUMNS) {
            throw new IllegalArgumentException("表格有 " + columns + " 列，终端最多显示 " + MAX_COLUMNS + " 列 / more than "
                    + MAX_COLUMNS + " columns");
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = new ArrayList<>(rows.get(i));
            while (r.size() < columns) {
                r.add("");
            }
            List<String> cells = r.subList(0, columns);
            for (String cell : cells) {
                if (cell.length() > MAX_CELL) {
                    throw new IllegalArgumentException("第 " + (i + 1) + " 行有一格超过 " + MAX_CELL + " 字 / a cell "
                            + "of row " + (i + 1) + " is longer than " + MAX_CELL + " characters");
                }
            }
            out.add(List.copyOf(cells));
        }
        return out;
    }

    private static String clean(String cell) {
        String c = cell.replace('|', '｜').replaceAll("[\\n\\t\\u0000-\\u001f]+", " ").strip();
        // A row of cells made of '-' and ':' alone reads as the table's separator line to the kiosk (and would be
        // dropped): such a cell ("-" for nil in a ledger) is written with the full-width signs, which look the same.
        if (!c.isEmpty() && c.matches("[-:\\s]+")) {
            c = c.replace('-', '－').replace(':', '：');
        }
        return c;
    }

    /** The Markdown pipe table of {@code text}; empty when there is no table in it. */
    public static String markdown(String text) {
        List<List<String>> rows = rows(text);
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder();
        line(md, rows.getFirst());
        md.append('|');
        md.append(" --- |".repeat(rows.getFirst().size()));
        md.append('\n');
        for (List<String> r : rows.subList(1, rows.size())) {
            line(md, r);
        }
        return md.toString();
    }

    private static void line(StringBuilder md, List<String> cells) {
        md.append('|');
        for (String c : cells) {
            // An empty cell still needs something between the pipes for the kiosk's table reader.
            md.append(' ').append(c.isEmpty() ? "—" : c).append(" |");
        }
        md.append('\n');
    }
}
