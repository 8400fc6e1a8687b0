package org.xiangli.kiosk.shell;

import org.xiangli.kiosk.ui.Screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.scene.Parent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.hal.printer.Receipt;
import org.xiangli.hal.printer.ReceiptElement;
import org.xiangli.kiosk.payments.BillCode;
import org.xiangli.kiosk.payments.DemoLedger;
import org.xiangli.kiosk.payments.screens.IdNumberEntryScreen;
import org.xiangli.kiosk.payments.screens.IdentifyScreen;
import org.xiangli.kiosk.payments.model.Payer;
import org.xiangli.kiosk.payments.screens.PaymentResultsScreen;
import org.xiangli.kiosk.payments.screens.PhoneDigitsScreen;

/** The payments pages in a whole demo kiosk: each way in, printing, and that a session leaves nothing behind. */
class PaymentsScreensTest {

    @TempDir
    Path dataDir;

    KioskFixture kiosk;
    KioskShell shell;
    boolean closed;
    final List<Receipt> printed = new ArrayList<>();
    final List<String> logLines = new ArrayList<>();
    /** Held here so the level set on it is not lost to garbage collection. */
    final Logger ours = Logger.getLogger("org.xiangli");
    final Handler logCapture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (logLines) {
                logLines.add(new java.util.logging.SimpleFormatter().formatMessage(r) + " " + r.getThrown());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void start() {
        Logger.getLogger("").addHandler(logCapture);
        ours.setLevel(java.util.logging.Level.ALL);
        kiosk = new KioskFixture(dataDir, 1920, 1080, Locale.SIMPLIFIED_CHINESE);
        shell = kiosk.shell();
        kiosk.app().useStatementPrinter(receipt -> {
            printed.add(receipt);
            return CompletableFuture.completedFuture(new PrintResult(100, DeviceStatus.online()));
        });
        kiosk.ui().run(() -> shell.open(shell.screens().payments().identify()));
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(logCapture);
        ours.setLevel(null);
        if (!closed) {
            kiosk.close();
        }
    }

    @Test
    void aCardShowsMaskedGroupedRecordsAndPrintsAMaskedStatement() {
        kiosk.screenshot("payments-identify");
        kiosk.ui().run(() -> shell.onCardRead(DemoIdentities.WANG_XIUYING));

        PaymentResultsScreen results = awaitScreen(PaymentResultsScreen.class);
        kiosk.screenshot("payments-results-card");
        String text = everyText(shell.root());
        assertTrue(text.contains("王*英"), text);
        assertTrue(text.contains(DemoIdentities.WANG_XIUYING.idNumber().masked()));
        assertTrue(text.contains("养老保险") && text.contains("水费") && text.contains("已缴") && !text.contains("合计"));
        assertTrue(text.contains("扫码缴费"), "an unpaid bill shows its payment QR");
        assertTrue(text.contains("11月23日 更新"), "the ledger says how old it is: " + text);
        assertFalse(text.contains("网络未连接"), "no live service is configured, so the kiosk is not offline");
        assertNoPersonalValue(text, DemoIdentities.WANG_XIUYING);

        kiosk.ui().run(() -> results.printButton().fire());

        assertEquals(1, printed.size());
        String paper = receiptText(printed.getFirst());
        assertTrue(paper.contains("王*英") && paper.contains(DemoIdentities.WANG_XIUYING.idNumber().masked()));
        assertNoPersonalValue(paper, DemoIdentities.WANG_XIUYING);
        assertEquals(kiosk.shell().messages().get("payments.printed"), kiosk.ui().call(() ->
                results.printStatus().getText()));
    }

    @Test
    void aTypedNumberAndPhoneDigitsShowTheRecordsAndHomeWipesEverything() {
        String number = DemoIdentities.LI_JIANGUO.idNumber().value();
        kiosk.ui().run(() -> {
            shell.open(shell.screens().payments().idNumberEntry());
            ((IdNumberEntryScreen) shell.current()).numberProperty().set(number);
        });
        kiosk.screenshot("payments-id-entry-complete");
        kiosk.ui().run(() -> ((IdNumberEntryScreen) shell.current()).next().fire());
        PhoneDigitsScreen phone = assertInstanceOf(PhoneDigitsScreen.class, shell.current());
        kiosk.ui().run(() -> phone.digitsProperty().set("0000"));
        kiosk.ui().run(() -> phone.searchButton().fire());
        awaitLookups();
        assertTrue(kiosk.ui().call(() -> phone.feedback().getText()).contains("还可以再试 2 次"));
        kiosk.ui().run(() -> phone.digitsProperty().set("50"));
        kiosk.screenshot("payments-phone-digits");
        kiosk.ui().run(() -> {
            phone.digitsProperty().set(DemoLedger.DEMO_PHONES.get(1));
            phone.searchButton().fire();
        });

        PaymentResultsScreen results = awaitScreen(PaymentResultsScreen.class);
        kiosk.screenshot("payments-results-number");
        assertTrue(everyText(shell.root()).contains("李*国"));

        kiosk.ui().run(shell::goHome);

        assertFalse(results.holdsPayer());
        assertTrue(shell.session().isEmpty());
        String after = everyText(shell.root()) + everyText((Parent) results.view()) + everyText((Parent) phone.view());
        assertFalse(after.contains("李*国"));
        assertNoPersonalValue(after, DemoIdentities.LI_JIANGUO);
    }

    @Test
    void aBillQrShowsThatBillAloneAndABillOfAnotherStationIsExplained() {
        Payer wang = DemoLedger.demo("DEMO-001", java.time.LocalDate.of(2026, 11, 23)).getFirst();
        String billNo = wang.records().get(2).billNo();

        kiosk.ui().run(() -> shell.onCodeScanned(new BillCode("LIUXI-002", billNo).text()));
        awaitLookups();
        IdentifyScreen identify = assertInstanceOf(IdentifyScreen.class, shell.current());
        assertEquals(shell.messages().get("payments.otherStation"), kiosk.ui().call(() -> identify.feedback().getText()));
        kiosk.screenshot("payments-bill-other-station");

        kiosk.ui().run(() -> shell.onCodeScanned(new BillCode("DEMO-001", billNo).text() + "\r\n"));

        awaitScreen(PaymentResultsScreen.class);
        kiosk.screenshot("payments-results-bill");
        String text = everyText(shell.root());
        assertTrue(text.contains("水费"), text);
        assertFalse(text.contains("养老保险"), "only the scanned bill");
    }

    @Test
    void takingTheCardAwayEndsTheSessionTenSecondsLater() {
        kiosk.ui().run(() -> shell.onCardRead(DemoIdentities.OUYANG_CHUNSHENG));
        awaitScreen(PaymentResultsScreen.class);

        kiosk.ui().run(() -> {
            shell.onCardRemoved();
            shell.advanceIdle(Duration.ofSeconds(9));
        });
        assertInstanceOf(PaymentResultsScreen.class, shell.current());
        kiosk.ui().run(() -> shell.advanceIdle(Duration.ofSeconds(1)));

        assertEquals(1, shell.depth());
        assertNoPersonalValue(everyText(shell.root()), DemoIdentities.OUYANG_CHUNSHENG);
    }

    @Test
    void sixtyIdleSecondsOnAPaymentsPageEndTheSession() {
        kiosk.ui().run(() -> shell.onCardRead(DemoIdentities.LI_JIANGUO));
        awaitScreen(PaymentResultsScreen.class);
        kiosk.ui().run(() -> shell.advanceIdle(Duration.ofSeconds(59)));
        assertInstanceOf(PaymentResultsScreen.class, shell.current());

        kiosk.ui().run(() -> shell.advanceIdle(Duration.ofSeconds(1)));

        assertEquals(1, shell.depth());
        assertTrue(shell.session().isEmpty());
    }

    @Test
    void anUnknownCardIsToldSoAndACardOnAnotherPageDoesNothing() {
        IdentityCard li = DemoIdentities.LI_JIANGUO;
        IdentityCard stranger = new IdentityCard("赵无名", li.sex(), li.nation(), li.birthDate(), "青石县",
                DemoLedger.idNumber(55_555), li.issuer(), li.validFrom(), li.validUntil());
        kiosk.ui().run(() -> shell.onCardRead(stranger));
        awaitLookups();
        IdentifyScreen identify = assertInstanceOf(IdentifyScreen.class, shell.current());
        assertEquals(shell.messages().get("payments.notFound"), kiosk.ui().call(() -> identify.feedback().getText()));

        kiosk.ui().run(() -> {
            shell.goHome();
            shell.open(shell.screens().help());
            shell.onCardRead(li);
        });
        awaitLookups();
        assertFalse(shell.current() instanceof PaymentResultsScreen);
    }

    @Test
    void afterADemoSessionTheDatabaseAndTheLogsHoldNoIdNumberOrName() throws Exception {
        kiosk.ui().run(() -> shell.onCardRead(DemoIdentities.WANG_XIUYING));
        awaitScreen(PaymentResultsScreen.class);
        kiosk.ui().run(() -> ((PaymentResultsScreen) shell.current()).printButton().fire());
        kiosk.ui().run(shell::goHome);
        kiosk.ui().run(() -> shell.open(shell.screens().payments().identify()));
        kiosk.ui().run(() -> shell.onCardRead(DemoIdentities.ZHANG_XIAOMEI));
        awaitScreen(PaymentResultsScreen.class);
        kiosk.ui().run(shell::goHome);
        kiosk.close();
        closed = true;

        byte[] store = storeBytes(dataDir);
        String logs;
        synchronized (logLines) {
            logs = String.join("\n", logLines);
        }
        assertTrue(store.length > 10_000);
        assertTrue(logs.contains("demo payments ledger loaded"), logs);
        for (Payer p : DemoLedger.demo("DEMO-001", java.time.LocalDate.of(2026, 11, 23))) {
            for (String value : List.of(p.idNumber().value(), p.name(), p.address())) {
                assertFalse(contains(store, value.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "the store holds a personal value");
                assertFalse(logs.contains(value), "a log line holds a personal value");
            }
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".xlb")), "the plain demo bundle is gone");
        }
    }

    /** Waits until the lookup's result reached the screen, and says what is on it. */
    private <T> T awaitScreen(Class<T> type) {
        kiosk.settle();
        Screen current = kiosk.ui().call(shell::current);
        if (!type.isInstance(current)) {
            throw new AssertionError("no " + type.getSimpleName() + " once the kiosk settled; on screen: " + current);
        }
        return type.cast(current);
    }

    /** Waits until no lookup runs, then until the UI thread has handled what the last one handed it. */
    private void awaitLookups() {
        kiosk.settle();
    }

    private static byte[] storeBytes(Path dir) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.write(Files.readAllBytes(f));
            }
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void assertNoPersonalValue(String text, IdentityCard card) {
        assertFalse(text.contains(card.name()), "full name shown");
        assertFalse(text.contains(card.idNumber().value()), "full ID number shown");
        assertFalse(text.contains(card.idNumber().value().substring(4, 14)), "middle of the ID number shown");
        assertFalse(text.contains(card.address()), "address shown");
    }

    /** Every text in the tree, visible or not: what the UI can still reach. */
    private String everyText(Parent root) {
        return kiosk.ui().call(() -> SceneWalker.everyText(root));
    }

    private static String receiptText(Receipt receipt) {
        StringBuilder sb = new StringBuilder();
        for (ReceiptElement e : receipt.elements()) {
            switch (e) {
                case ReceiptElement.Text t -> sb.append(t.text()).append('\n');
                case ReceiptElement.KeyValue kv -> sb.append(kv.key()).append(' ').append(kv.value()).append('\n');
                case ReceiptElement.QrCode q -> sb.append(q.content()).append('\n');
                default -> { }
            }
        }
        return sb.toString();
    }
}
