package org.xiangli.provisioning.devices;

import org.xiangli.provisioning.Output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.card.SamCardReader;
import org.xiangli.hal.card.VirtualCardReader;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.PtyPair;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.hal.printer.ReceiptPrinter;
import org.xiangli.hal.printer.VirtualPrinter;
import org.xiangli.hal.scanner.ScannedCode;
import org.xiangli.hal.scanner.SerialScanner;
import org.xiangli.provisioning.KioskCtl;

class DetectAndSimulateCommandTest {

    @Test
    void givenASimulatedReaderAndPrinterAndASilentPort_whenDetectJson_thenEachIsNamed() throws Exception {
        try (PtyPair cardPty = PtyFixture.open("detect-card");
             PtyPair printerPty = PtyFixture.open("detect-printer");
             PtyPair silentPty = PtyFixture.open("detect-silent");
             VirtualCardReader reader = new VirtualCardReader("t",
                     SerialLink.opener(cardPty.deviceEnd().toString(), 115200));
             VirtualPrinter printer = new VirtualPrinter("t", SerialLink.opener(printerPty.deviceEnd().toString(), 9600),
                     PaperWidth.MM58, Optional.empty())) {
            reader.start();
            printer.start();

            Output console = Output.run(() -> KioskCtl.run("detect", "--json", "--ports",
                    cardPty.driverEnd() + "," + printerPty.driverEnd() + "," + silentPty.driverEnd()));

            assertEquals(0, console.exitCode(), console.err());
            String out = console.out();
            // A pty ignores the baud rate, so which rate answered first is not asserted.
            assertTrue(out.contains("{\"port\": \"" + cardPty.driverEnd() + "\", \"device\": \"card-reader\""), out);
            assertTrue(out.contains("{\"port\": \"" + printerPty.driverEnd() + "\", \"device\": \"printer\""), out);
            assertTrue(out.contains("{\"port\": \"" + silentPty.driverEnd() + "\", \"device\": \"silent\""), out);
            assertTrue(out.contains("\"inputDevices\": ["), out);
        }
    }

    @Test
    void givenSimulateCard_whenTheDriverPolls_thenItReadsTheChosenDemoCard() throws Exception {
        try (PtyPair pty = PtyFixture.open("simcard");
             SamCardReader driver = new SamCardReader("t", SerialLink.opener(pty.driverEnd().toString(), 115200),
                     SamCardReader.Settings.DEFAULT, Clock.systemUTC())) {
            var next = driver.nextCard(Duration.ofSeconds(10));
            driver.start();

            Output console = Output.run(() -> KioskCtl.run("simulate", "card", "--port", pty.deviceEnd().toString(),
                    "--card", "3", "--duration", "2"));

            assertEquals(0, console.exitCode(), console.err());
            assertEquals(DemoIdentities.ZHANG_XIAOMEI, next.get(1, TimeUnit.SECONDS));
            assertTrue(console.out().contains("张*梅"), console.out());
        }
    }

    @Test
    void givenSimulatePrinter_whenTheDriverPrints_thenAPngIsSavedAndAnnounced() throws Exception {
        Path out = Files.createTempDirectory("sim-receipts");
        try (PtyPair pty = PtyFixture.open("simprinter");
             ReceiptPrinter driver = new ReceiptPrinter("t", SerialLink.opener(pty.driverEnd().toString(), 9600),
                     PaperWidth.MM58, ReceiptPrinter.Settings.DEFAULT)) {
            driver.start();
            CompletableFuture<PrintResult> printed = driver.print(SelftestPrinterCommand.testReceipt(PaperWidth.MM58),
                    Duration.ofSeconds(10));

            Output console = Output.run(() -> KioskCtl.run("simulate", "printer", "--port",
                    pty.deviceEnd().toString(), "--out", out.toString(), "--duration", "3"));

            assertEquals(0, console.exitCode(), console.err());
            assertTrue(printed.get(1, TimeUnit.SECONDS).complete());
            assertTrue(console.out().contains("receipt-0001.png"), console.out());
            assertTrue(Files.size(out.resolve("receipt-0001.png")) > 0);
        }
    }

    @Test
    void givenSimulateScannerWithTwoCodes_whenTheDriverReads_thenBothArriveInOrder() throws Exception {
        try (PtyPair pty = PtyFixture.open("simscanner");
             SerialScanner driver = new SerialScanner("t", SerialLink.opener(pty.driverEnd().toString(), 9600),
                     Backoff.DEFAULT)) {
            List<String> codes = new CopyOnWriteArrayList<>();
            driver.addListener(new DeviceListener<>() {
                @Override
                public void event(ScannedCode code) {
                    codes.add(code.text());
                }
            });
            driver.start();

            Output console = Output.run(() -> KioskCtl.run("simulate", "scanner", "--port",
                    pty.deviceEnd().toString(), "--code", "A001", "--code", "缴费单-0042", "--interval", "1",
                    "--charset", "GB18030", "--suffix", "CR"));

            assertEquals(0, console.exitCode(), console.err());
            assertEquals(List.of("A001", "缴费单-0042"), codes);
        }
    }
}
