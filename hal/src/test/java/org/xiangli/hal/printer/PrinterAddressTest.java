package org.xiangli.hal.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xiangli.hal.testing.Fuzz;

class PrinterAddressTest {

    private static final List<String> VALID = List.of("none", "serial:/dev/ttyS0", "serial:/dev/ttyUSB1@19200",
            "serial:/dev/serial/by-id/usb-Prolific_2303-if00-port0@115200", "usb:/dev/usb/lp0",
            "tcp:192.168.1.50:9100", "tcp:printer.station-7.lan:9100");

    @Test
    void eachFormParsesToItsRecord() {
        assertEquals(PrinterAddress.None.INSTANCE, PrinterAddress.parse("none"));
        assertEquals(new PrinterAddress.Serial("/dev/ttyS0", PrinterAddress.DEFAULT_BAUD),
                PrinterAddress.parse("serial:/dev/ttyS0"));
        assertEquals(new PrinterAddress.Serial("/dev/ttyUSB1", 19200),
                PrinterAddress.parse("serial:/dev/ttyUSB1@19200"));
        assertEquals(new PrinterAddress.Usb("/dev/usb/lp0"), PrinterAddress.parse("usb:/dev/usb/lp0"));
        assertEquals(new PrinterAddress.Tcp("192.168.1.50", 9100), PrinterAddress.parse("tcp:192.168.1.50:9100"));
    }

    @Test
    void theTextOfAnAddressParsesBackToTheSameAddress() {
        for (String text : VALID) {
            PrinterAddress address = PrinterAddress.parse(text);
            assertEquals(address, PrinterAddress.parse(address.text()), text);
        }
        // The default speed is left out of the text: "@9600" and nothing mean the same line.
        assertEquals("serial:/dev/ttyS0", PrinterAddress.parse("serial:/dev/ttyS0@9600").text());
    }

    @Test
    void everyTransportButNoneHasAnOpener() {
        assertTrue(PrinterAddress.parse("none").opener().isEmpty());
        assertTrue(PrinterAddress.parse("serial:/dev/ttyS0").opener().isPresent());
        assertTrue(PrinterAddress.parse("serial:/dev/ttyS0@19200").opener().isPresent());
        assertTrue(PrinterAddress.parse("usb:/dev/usb/lp0").opener().isPresent());
        assertTrue(PrinterAddress.parse("tcp:192.168.1.50:9100").opener().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lpt1|",
        "NONE|",
        "serial:ttyS0|absolute device path",
        "serial:/dev/ttyS0@|baud rate after '@' must be a number",
        "serial:/dev/ttyS0@fast|baud rate after '@' must be a number",
        "serial:/dev/ttyS0@99999999999|baud rate after '@' must be a number",
        "serial:/dev/ttyS0@0|baud rate must be 300-4000000",
        "serial:/dev/tty S0|may not contain ' '",
        "usb:|absolute device path",
        "tcp:printer|needs HOST:PORT",
        "tcp::9100|host must be a name",
        "tcp:printer:0|TCP port must be 1-65535",
        "tcp:printer:65536|TCP port must be 1-65535",
        "tcp:printer:http|TCP port after the last ':' must be a number",
        "tcp:[::1]:9100|host must be a name"})
    void aBadAddressSaysWhatIsWrongAndWhatIsExpected(String text, String reason) {
        InvalidPrinterAddressException e = assertThrows(InvalidPrinterAddressException.class,
                () -> PrinterAddress.parse(text));
        assertEquals(text, e.address());
        assertTrue(e.getMessage().contains(PrinterAddress.FORMS), e.getMessage());
        if (reason == null) {
            assertEquals("", e.reason(), "an unknown transport needs no reason beyond the forms");
        } else {
            assertTrue(e.reason().contains(reason), e.reason());
        }
    }

    @Test
    void aRecordCannotBeBuiltInvalid() {
        assertThrows(InvalidPrinterAddressException.class, () -> new PrinterAddress.Tcp("printer", 70000));
        assertThrows(InvalidPrinterAddressException.class, () -> new PrinterAddress.Serial("/dev/tty@1", 9600));
        assertThrows(InvalidPrinterAddressException.class, () -> new PrinterAddress.Usb("relative"));
        assertThrows(InvalidPrinterAddressException.class, () -> PrinterAddress.parse(null));
    }

    @Test
    void givenRandomAndMutatedText_whenParsed_thenOnlyTheTypedErrorIsThrownAndValidTextRoundTrips() {
        Fuzz fuzz = new Fuzz(2026, VALID.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());
        Random random = fuzz.random();
        String alphabet = "serialusbtcpnone:/@.-_ 0123456789\t\u0000中";
        for (int i = 0; i < 20_000; i++) {
            String text;
            if (i % 3 == 0) {
                StringBuilder sb = new StringBuilder();
                for (int n = random.nextInt(24); n > 0; n--) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                text = sb.toString();
            } else {
                text = new String(fuzz.next(i), StandardCharsets.UTF_8);
            }
            try {
                PrinterAddress address = PrinterAddress.parse(text);
                assertEquals(address, PrinterAddress.parse(address.text()), text);
            } catch (InvalidPrinterAddressException expected) {
                assertEquals(text, expected.address());
            } catch (RuntimeException e) {
                fail("parsing \"" + text + "\" threw " + e, e);
            }
        }
    }
}
