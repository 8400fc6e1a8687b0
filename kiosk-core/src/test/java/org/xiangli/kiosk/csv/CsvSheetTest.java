package org.xiangli.kiosk.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvSheetTest {

    @Test
    void plainCellsAreWrittenAsTheyAreWithCrlfAfterEachRow() {
        String csv = new CsvSheet().row("服务", "窗口").text("A 社保").number(2).endRow().toString();

        assertEquals("服务,窗口\r\nA 社保,2\r\n", csv);
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        String csv = new CsvSheet().row("a,b", "say \"hi\"", "two\nlines", "cr\rhere", "plain").toString();

        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",plain\r\n", csv);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"点此\")", "+1+2", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1"})
    void textThatStartsLikeAFormulaGetsAnApostropheSoSpreadsheetsShowIt(String text) {
        List<Rfc4180.Field> row = Rfc4180.parse(new CsvSheet().row(text).toString()).getFirst();

        assertEquals("'" + text, row.getFirst().value());
    }

    @Test
    void numbersAreNeverPrefixedNegativeOnesIncluded() {
        assertEquals("-5,0,42\r\n", new CsvSheet().number(-5).number(0).number(42).endRow().toString());
    }

    @Test
    void textThatMerelyContainsAFormulaCharacterIsLeftAlone() {
        assertEquals("a=b,1+1,x@y.cn,' quoted already\r\n",
                new CsvSheet().row("a=b", "1+1", "x@y.cn", "' quoted already").toString());
    }

    @Test
    void nullIsAnEmptyCell() {
        assertEquals(",x\r\n", new CsvSheet().row(null, "x").toString());
    }

    @Test
    void forSpreadsheetsStartsWithAUtf8ByteOrderMark() {
        byte[] bytes = CsvSheet.forSpreadsheets().row("乡里").utf8();

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        assertEquals("\uFEFF乡里\r\n", new String(bytes, StandardCharsets.UTF_8));
    }

    /** Characters that break naive CSV or start formulas, beside ordinary letters, digits and Chinese. */
    private static final String ALPHABET = "ab Z09,,\"\"\r\n\r\n==++--@@\t\t'乡里，；|";

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(14);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A cell as the fuzz test wrote it: text, or a number (kept as its value). */
    private record Cell(String text, Long number) {
        String expected() {
            return number != null ? number.toString() : CsvSheet.startsLikeAFormula(text) ? "'" + text : text;
        }
    }

    @Test
    void randomSheetsRoundTripThroughAnRfc4180ReaderAndNoTextCellStartsLikeAFormula() {
        Random random = new Random(4180);
        for (int sheet = 0; sheet < 3_000; sheet++) {
            List<List<Cell>> rows = new ArrayList<>();
            CsvSheet csv = new CsvSheet();
            int rowCount = 1 + random.nextInt(5);
            for (int r = 0; r < rowCount; r++) {
                List<Cell> row = new ArrayList<>();
                int cellCount = 1 + random.nextInt(6);
                for (int c = 0; c < cellCount; c++) {
                    if (random.nextInt(4) == 0) {
                        long n = random.nextLong(-100_000, 100_000);
                        row.add(new Cell(null, n));
                        csv.number(n);
                    } else {
                        String text = randomText(random);
                        row.add(new Cell(text, null));
                        csv.text(text);
                    }
                }
                csv.endRow();
                rows.add(row);
            }
            String written = csv.toString();

            List<List<Rfc4180.Field>> read = Rfc4180.parse(written);

            assertEquals(rows.size(), read.size(), written);
            for (int r = 0; r < rows.size(); r++) {
                assertEquals(rows.get(r).size(), read.get(r).size(), written);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Cell cell = rows.get(r).get(c);
                    Rfc4180.Field field = read.get(r).get(c);
                    assertEquals(cell.expected(), field.value(), written);
                    if (cell.number() == null) {
                        // Quoted or not, what a spreadsheet sees is the value after unquoting: never a formula.
                        assertFalse(CsvSheet.startsLikeAFormula(field.value()), written);
                    } else {
                        assertTrue(!field.quoted() && field.value().matches("-?\\d+"), written);
                    }
                }
            }
        }
    }
}
