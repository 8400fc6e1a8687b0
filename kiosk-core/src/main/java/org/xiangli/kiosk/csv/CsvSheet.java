package org.xiangli.kiosk.csv;

import java.nio.charset.StandardCharsets;

/**
 * A CSV file for spreadsheets (Excel, WPS, LibreOffice), written cell by cell: RFC 4180, and safe to open.
 * <ul>
 *   <li>A field holding a comma, a double quote, CR or LF is quoted, its quotes doubled; every row ends in CRLF.</li>
 *   <li>A {@linkplain #text text} cell starting with {@code = + - @}, a tab or CR would be run as a formula
 *       ({@code =HYPERLINK(...)}, {@code @SUM(...)}, {@code -2+3}): it gets a leading {@code '} so the spreadsheet
 *       shows it as text (OWASP's advice for CSV injection). Service names, staff names and anything a user typed
 *       are text.</li>
 *   <li>A {@linkplain #number number} cell is written as digits with its sign and never prefixed: {@code -5} is a
 *       number to a spreadsheet, not a formula. Only values our code computed are numbers.</li>
 * </ul>
 * Not thread-safe: one request builds one sheet.
 */
public final class CsvSheet {

    private final StringBuilder out = new StringBuilder();
    private boolean rowStarted;

    /** An empty sheet with no byte-order mark. */
    public CsvSheet() {
    }

    /** An empty sheet that starts with a UTF-8 byte-order mark: Excel on a station PC then reads Chinese right. */
    public static CsvSheet forSpreadsheets() {
        CsvSheet sheet = new CsvSheet();
        sheet.out.append('\uFEFF');
        return sheet;
    }

    /** A text cell: neutralised if a spreadsheet would read it as a formula, quoted if needed; null is empty. */
    public CsvSheet text(String value) {
        return cell(field(value));
    }

    /** A number cell: plain digits with a minus sign if negative, never prefixed. */
    public CsvSheet number(long value) {
        return cell(Long.toString(value));
    }

    /** A whole row of text cells, then the row's end. */
    public CsvSheet row(String... texts) {
        for (String text : texts) {
            text(text);
        }
        return endRow();
    }

    /** Ends the current row with CRLF (a row with no cells is an empty line). */
    public CsvSheet endRow() {
        out.append("\r\n");
        rowStarted = false;
        return this;
    }

    /** The sheet so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    /** The sheet so far in UTF-8, as served or saved. */
    public byte[] utf8() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a spreadsheet would take a cell starting with this text as a formula. */
    public static boolean startsLikeAFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** One text field as written: prefixed with {@code '} if it starts like a formula, then quoted if needed. */
    public static String field(String text) {
        if (text == null) {
            return "";
        }
        String safe = startsLikeAFormula(text) ? "'" + text : text;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\r') >= 0
                || safe.indexOf('\n') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private CsvSheet cell(String field) {
        if (rowStarted) {
            out.append(',');
        }
        out.append(field);
        rowStarted = true;
        return this;
    }
}
