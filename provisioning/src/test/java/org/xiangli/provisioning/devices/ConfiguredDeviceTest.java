package org.xiangli.provisioning.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;

/** The printer's selftest arguments follow from the config's one parsed printer address. */
class ConfiguredDeviceTest {

    private static List<String> printerArgs(String printer) throws Exception {
        KioskConfig config = new ConfigLoader().parse("[devices]\nmode = \"hardware\"\npaper_width_mm = 58\n"
                + "printer = \"" + printer + "\"\n", "kiosk.toml");
        return ConfiguredDevice.of(config).stream().filter(d -> d.kind().equals("printer"))
                .map(ConfiguredDevice::selftestArgs).findFirst().orElse(List.of());
    }

    @Test
    void eachPrinterTransportBecomesTheSelftestPortItNames() throws Exception {
        assertEquals(List.of("selftest", "printer", "--width", "58", "--port", "/dev/ttyS0", "--baud", "19200"),
                printerArgs("serial:/dev/ttyS0@19200"));
        assertEquals(List.of("selftest", "printer", "--width", "58", "--port", "/dev/ttyS0", "--baud", "9600"),
                printerArgs("serial:/dev/ttyS0"));
        assertEquals(List.of("selftest", "printer", "--width", "58", "--port", "/dev/usb/lp0"),
                printerArgs("usb:/dev/usb/lp0"));
        assertEquals(List.of("selftest", "printer", "--width", "58", "--port", "tcp:192.0.2.7:9100"),
                printerArgs("tcp:192.0.2.7:9100"));
        assertTrue(printerArgs("none").isEmpty(), "no printer, nothing to test");
    }

    @Test
    void aNetworkPrinterIsReportedAsNetworkNotAsAMissingNode() throws Exception {
        KioskConfig config = new ConfigLoader().parse("[devices]\nmode = \"hardware\"\nprinter = \"tcp:192.0.2.7:9100\"\n",
                "kiosk.toml");
        ConfiguredDevice printer = ConfiguredDevice.of(config).getLast();
        assertEquals("network", printer.nodeStatus());
    }
}
