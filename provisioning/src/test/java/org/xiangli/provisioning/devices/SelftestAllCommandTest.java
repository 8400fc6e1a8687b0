package org.xiangli.provisioning.devices;

import org.xiangli.provisioning.Output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.card.VirtualCardReader;
import org.xiangli.hal.device.PtyPair;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.VirtualPrinter;
import org.xiangli.provisioning.KioskCtl;

class SelftestAllCommandTest {

    @TempDir
    Path dir;

    @Test
    void givenSimulatedDevicesOnTheConfiguredPorts_whenSelftestAll_thenOneRowPerDeviceAndProblemsFailTheRun()
            throws Exception {
        try (PtyPair cardPty = PtyFixture.open("allcard");
             PtyPair printerPty = PtyFixture.open("allprinter");
             VirtualCardReader reader = new VirtualCardReader("t",
                     SerialLink.opener(cardPty.deviceEnd().toString(), 115200));
             VirtualPrinter printer = new VirtualPrinter("t", SerialLink.opener(printerPty.deviceEnd().toString(), 9600),
                     PaperWidth.MM58, Optional.empty())) {
            reader.placeCard(DemoIdentities.WANG_XIUYING);
            reader.start();
            printer.start();
            Path config = dir.resolve("kiosk.toml");
            Files.writeString(config, """
                    [devices]
                    mode = "hardware"
                    card_reader_port = "%s"
                    scanner_port = "/dev/ttyNOPE7"
                    printer = "serial:%s@9600"
                    paper_width_mm = 58
                    """.formatted(cardPty.driverEnd(), printerPty.driverEnd()));

            Output console = Output.run(() -> KioskCtl.run("selftest", "all", "--config", config.toString(),
                    "--timeout", "2"));

            assertEquals(ExitCodes.DEVICE_PROBLEM, console.exitCode(), console.out());
            String[] rows = console.out().strip().split("\n");
            assertEquals(5, rows.length, console.out());
            assertTrue(rows[1].startsWith("card") && rows[1].contains("正常 OK"), rows[1]);
            assertTrue(rows[2].startsWith("scanner") && rows[2].contains("故障 PROBLEM")
                    && rows[2].contains("/dev/ttyNOPE7"), rows[2]);
            assertTrue(rows[3].startsWith("printer") && rows[3].contains("正常 OK"), rows[3]);
            assertTrue(rows[4].startsWith("voice") && rows[4].contains("espeak-ng"), rows[4]);
            assertEquals(1, printer.printedCount());
        }
    }

    @Test
    void givenSimulatedMode_whenSelftestAll_thenThereIsNothingToTest() throws Exception {
        Path config = dir.resolve("kiosk.toml");
        Files.writeString(config, "[devices]\nmode = \"simulated\"\n");

        Output console = Output.run(() -> KioskCtl.run("selftest", "all", "--config", config.toString()));

        // Issue 19.12: the voice is tested in every mode (espeak-ng is installed where the tests run).
        assertEquals(0, console.exitCode(), console.out());
        assertTrue(console.out().contains("simulated"), console.out());
        assertTrue(console.out().contains("voice") && console.out().contains("正常 OK"), console.out());
    }
}
