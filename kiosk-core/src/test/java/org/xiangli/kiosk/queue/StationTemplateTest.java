package org.xiangli.kiosk.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StationTemplateTest {

    @Test
    void theBuiltInTemplateHasServicesAndNamedWindows() {
        StationTemplate template = StationTemplate.standard();
        assertEquals('A', template.services().getFirst().letter());
        assertEquals("社保医保", template.services().getFirst().name());
        assertEquals(List.of(1), template.services().getFirst().windows());
        assertEquals(Map.of(1, "社保民政窗口", 2, "综合代办窗口"), template.windowNames());
    }

    @Test
    void aFileThatIsNotTomlNamesItsLineAndColumn() {
        StationTemplate.InvalidTemplate e = assertThrows(StationTemplate.InvalidTemplate.class,
                () -> StationTemplate.parse("[[service]]\nletter = A\n", "county.toml"));
        assertEquals(List.of("county.toml:2: 'A' is not a value: text must be in quotes, e.g. \"A\" (column 10)"),
                e.problems());
    }

    @Test
    void valuesOfTheWrongKindAreProblemsWithTheirLinesNotCrashes() {
        StationTemplate.InvalidTemplate e = assertThrows(StationTemplate.InvalidTemplate.class,
                () -> StationTemplate.parse("""
                        window = [1, 2]
                        service = "A"
                        """, "county.toml"));
        assertEquals(List.of("county.toml:1: a window needs number = 1-99 and name = \"...\"",
                "county.toml:1: a window needs number = 1-99 and name = \"...\"",
                "county.toml:2: service must be an array [...], not a string"), e.problems().stream().sorted().toList());

        StationTemplate.InvalidTemplate items = assertThrows(StationTemplate.InvalidTemplate.class,
                () -> StationTemplate.parse("service = [1]\n[[window]]\nnumber = \"1\"\nname = \"x\"\n", "t.toml"));
        assertEquals(List.of("t.toml:1: item 1 must be a table, not an integer",
                "t.toml:2: a window needs number = 1-99 and name = \"...\""), items.problems());
    }
}
