package org.xiangli.provisioning.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiangli.hal.card.DemoIdentities;

/** The exact text kioskctl's device commands print with --json: scripts read it, so its shape is a contract. */
class CommandJsonTest {

    @Test
    void givenAMaskedCard_whenWritten_thenItsFieldsAreInOrderWithASpaceAfterEachColonAndComma() {
        String id = DemoIdentities.WANG_XIUYING.idNumber().value();

        String json = CommandJson.write(SelftestCardCommand.MaskedCard.of(DemoIdentities.WANG_XIUYING));

        assertEquals("{\"name\": \"王*英\", \"sex\": \"女\", \"nation\": \"汉\", \"birthDate\": \"1942-03-15\", "
                + "\"address\": \"青石县青石镇青石村三组12号\", \"idNumber\": \"" + id.substring(0, 4) + "**********"
                + id.substring(14) + "\", \"issuer\": \"青石县公安局\", \"validFrom\": \"2008-06-01\", "
                + "\"validTo\": \"长期\"}", json);
    }

    @Test
    void givenFindingsAndNoScanner_whenWritten_thenPortsAreObjectsAndTheEmptyListIsBrackets() {
        DetectCommand.Detected detected = new DetectCommand.Detected(List.of(
                new PortProbe.Finding("/dev/ttyUSB0", PortProbe.CARD_READER, 115200, "SAM status 正常"),
                new PortProbe.Finding("/dev/ttyUSB1", PortProbe.UNAVAILABLE, 0, null)), List.of());

        assertEquals("{\"ports\": [{\"port\": \"/dev/ttyUSB0\", \"device\": \"card-reader\", \"baud\": 115200, "
                + "\"detail\": \"SAM status 正常\"}, {\"port\": \"/dev/ttyUSB1\", \"device\": \"unavailable\", "
                + "\"baud\": 0, \"detail\": null}], \"inputDevices\": []}", CommandJson.write(detected));
    }

    @Test
    void givenAScannerInput_whenWritten_thenItIsNamedByPathAndName() {
        DetectCommand.Detected detected = new DetectCommand.Detected(List.of(),
                List.of(new DetectCommand.ScannerInput("/dev/input/event3", "HID 1a86:e026")));

        assertEquals("{\"ports\": [], \"inputDevices\": [{\"path\": \"/dev/input/event3\", \"name\": \"HID 1a86:e026\"}]}",
                CommandJson.write(detected));
    }

    @Test
    void givenAScannedCodeWithQuotesAndControlCharacters_whenWritten_thenTheyAreEscaped() {
        assertEquals("{\"text\": \"say \\\"hi\\\"\\\\\\n\\t\\u0001\"}",
                CommandJson.write(new SelftestScannerCommand.Scanned("say \"hi\"\\\n\t\u0001")));
    }
}
