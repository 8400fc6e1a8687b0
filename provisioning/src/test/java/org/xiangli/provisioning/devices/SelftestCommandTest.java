package org.xiangli.provisioning.devices;

import org.xiangli.provisioning.Output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.card.VirtualCardReader;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.PtyPair;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.PrintedReceipt;
import org.xiangli.hal.printer.VirtualPrinter;
import org.xiangli.hal.scanner.VirtualScanner;
import org.xiangli.provisioning.KioskCtl;

/** kioskctl selftest against the simulators on socat ptys, in-process. */
class SelftestCommandTest {

    @Test
    void givenADemoCardOnASimulatedReader_whenSelftestCardJson_thenTheMaskedRecordIsPrinted() throws Exception {
        try (PtyPair pty = PtyFixture.open("card");
             VirtualCardReader reader = new VirtualCardReader("t", SerialLink.opener(pty.deviceEnd().toString(), 115200))) {
            reader.placeCard(DemoIdentities.WANG_XIUYING);
            reader.start();

            Output console = Output.run(() -> KioskCtl.run("selftest", "card", "--port", pty.driverEnd().toString(),
                    "--json"));

            assertEquals(0, console.exitCode(), console.err());
            String id = DemoIdentities.WANG_XIUYING.idNumber().value();
            assertEquals("{\"name\": \"王*英\", \"sex\": \"女\", \"nation\": \"汉\", \"birthDate\": \"1942-03-15\", "
                    + "\"address\": \"青石县青石镇青石村三组12号\", \"idNumber\": \"" + id.substring(0, 4) + "**********"
                    + id.substring(14) + "\", \"issuer\": \"青石县公安局\", \"validFrom\": \"2008-06-01\", "
                    + "\"validTo\": \"长期\"}", console.out().strip());
        }
    }

    @Test
    void givenNoCardPlaced_whenSelftestCardTimesOut_thenExitIsNonZeroAndSaysNoCard() throws Exception {
        try (PtyPair pty = PtyFixture.open("nocard");
             VirtualCardReader reader = new VirtualCardReader("t", SerialLink.opener(pty.deviceEnd().toString(), 115200))) {
            reader.start();

            Output console = Output.run(() -> KioskCtl.run("selftest", "card", "--port", pty.driverEnd().toString(),
                    "--timeout", "1"));

            assertEquals(ExitCodes.NOTHING_IN_TIME, console.exitCode());
            assertTrue(console.err().contains("no card read within 1 s"), console.err());
        }
    }

    @Test
    void givenAPortThatDoesNotExist_whenSelftestCard_thenExitIsNonZeroAndNamesThePort() {
        Output console = Output.run(() -> KioskCtl.run("selftest", "card", "--port", "/dev/ttyNOPE9"));

        assertEquals(ExitCodes.DEVICE_PROBLEM, console.exitCode());
        assertTrue(console.err().contains("/dev/ttyNOPE9"), console.err());
    }

    @Test
    void givenAReadySimulatedPrinter_whenSelftestPrinter_thenOneReceiptWithTheTestTextIsPrinted() throws Exception {
        Path out = Files.createTempDirectory("receipts");
        try (PtyPair pty = PtyFixture.open("printer");
             VirtualPrinter printer = new VirtualPrinter("t", SerialLink.opener(pty.deviceEnd().toString(), 9600),
                     PaperWidth.MM80, Optional.of(out))) {
            CompletableFuture<PrintedReceipt> printed = new CompletableFuture<>();
            printer.addListener(new DeviceListener<>() {
                @Override
                public void event(PrintedReceipt receipt) {
                    printed.complete(receipt);
                }
            });
            printer.start();

            Output console = Output.run(() -> KioskCtl.run("selftest", "printer", "--port",
                    pty.driverEnd().toString(), "--width", "80"));

            assertEquals(0, console.exitCode(), console.err());
            assertTrue(console.out().contains("打印完成"), console.out());
            assertEquals(Optional.of(out.resolve("receipt-0001.png")), printed.get(10, TimeUnit.SECONDS).png());
            assertTrue(Files.size(out.resolve("receipt-0001.png")) > 0);
            assertEquals(List.of(), printer.problems());
        }
    }

    @Test
    void givenASimulatedPrinterOutOfPaper_whenSelftestPrinter_thenExitIsNonZeroAndSays缺纸() throws Exception {
        try (PtyPair pty = PtyFixture.open("nopaper");
             VirtualPrinter printer = new VirtualPrinter("t", SerialLink.opener(pty.deviceEnd().toString(), 9600),
                     PaperWidth.MM58, Optional.empty())) {
            printer.setCondition(SimulatePrinterCommand.condition("paper-out"));
            printer.start();

            Output console = Output.run(() -> KioskCtl.run("selftest", "printer", "--port",
                    pty.driverEnd().toString()));

            assertEquals(ExitCodes.DEVICE_PROBLEM, console.exitCode());
            assertTrue(console.err().contains("打印机缺纸"), console.err());
            assertTrue(console.err().contains("paper"), console.err());
            assertEquals(0, printer.printedCount());
        }
    }

    @Test
    void givenASimulatedScanner_whenSelftestScannerJson_thenTheCodeIsPrintedAsJson() throws Exception {
        String code = "https://xiangli.example/bill?户号=青石村-0042";
        try (PtyPair pty = PtyFixture.open("scanner");
             VirtualScanner scanner = new VirtualScanner("t", SerialLink.opener(pty.deviceEnd().toString(), 9600),
                     VirtualScanner.Suffix.CRLF, StandardCharsets.UTF_8)) {
            scanner.start();
            CompletableFuture<Output> run = CompletableFuture.supplyAsync(() -> Output.run(() -> KioskCtl.run(
                    "selftest", "scanner", "--port", pty.driverEnd().toString(), "--json")));
            // Keep "holding the code under the scanner" until the self-test has read it.
            while (!run.isDone()) {
                scanner.scan(code);
                try {
                    run.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillWaiting) {
                    // scan again
                }
            }
            Output console = run.get();

            assertEquals(0, console.exitCode(), console.err());
            assertEquals("{\"text\": \"" + code + "\"}", console.out().strip());
        }
    }
}
