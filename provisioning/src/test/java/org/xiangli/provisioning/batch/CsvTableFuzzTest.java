package org.xiangli.provisioning.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvTableFuzzTest {

    private static final String ALPHABET = "ab,\"\" \n\r\t#村\uFEFF1";

    @Test
    void anyTextParsesIntoRowsOrLineNumberedErrorsWithoutThrowing() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            CsvTable.Parsed parsed = CsvTable.parse(text);
            int lines = (int) text.lines().count();
            for (CsvTable.Row row : parsed.rows()) {
                assertEquals(parsed.header().size(), row.fields().size(), text);
                assertTrue(row.line() >= 1 && row.line() <= lines, text);
            }
            for (CsvTable.CsvException e : parsed.errors()) {
                assertTrue(e.line() >= 1 && e.line() <= lines, text);
            }
        }
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndSpaces() {
        CsvTable.Parsed parsed = CsvTable.parse("a,b,c\n\" x, y \",\"say \"\"hi\"\"\",  plain  \n");

        assertEquals(List.of(), parsed.errors());
        assertEquals(List.of(" x, y ", "say \"hi\"", "plain"), parsed.rows().getFirst().fields());
    }
}
