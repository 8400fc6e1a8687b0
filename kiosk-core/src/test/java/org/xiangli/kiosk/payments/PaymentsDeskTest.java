package org.xiangli.kiosk.payments;

import org.xiangli.kiosk.payments.model.Payer;
import org.xiangli.kiosk.payments.model.PaymentRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.CitizenIdNumber;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.payments.ledger.LedgerBundle;
import org.xiangli.kiosk.payments.ledger.LedgerException;
import org.xiangli.kiosk.payments.store.AuditEntry;

class PaymentsDeskTest {

    @TempDir
    Path dir;

    LedgerFixture ledger;
    PaymentsDesk desk;

    @BeforeEach
    void importDemoLedger() throws Exception {
        ledger = new LedgerFixture(dir);
        ledger.importDemo();
        desk = ledger.module.desk();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void aCardOnTheReaderShowsThatResidentsRecords() {
        LookupOutcome outcome = desk.byCard(DemoIdentities.WANG_XIUYING);

        LookupOutcome.Found found = assertInstanceOf(LookupOutcome.Found.class, outcome);
        assertEquals("王秀英", found.payer().name());
        assertEquals(14, found.payer().records().size());
        assertFalse(found.freshness().live(), "the ledger answered, and says so");
        assertFalse(found.freshness().liveFailed(), "no live service is configured: not 'offline'");
        assertEquals(LedgerFixture.NOW.minusSeconds(86_400 * 3), found.freshness().asOf());
    }

    @Test
    void aTypedNumberWithTheRightPhoneDigitsShowsTheRecords() {
        String number = DemoIdentities.LI_JIANGUO.idNumber().value();

        LookupOutcome outcome = desk.byNumber(number, DemoLedger.DEMO_PHONES.get(1));

        assertEquals("李建国", assertInstanceOf(LookupOutcome.Found.class, outcome).payer().name());
    }

    @Test
    void aWrongCheckDigitIsRefusedBeforeAnyLookup() {
        String number = DemoIdentities.LI_JIANGUO.idNumber().value();
        char wrong = number.charAt(17) == '1' ? '2' : '1';

        LookupOutcome outcome = desk.byNumber(number.substring(0, 17) + wrong, DemoLedger.DEMO_PHONES.get(1));

        assertEquals(CitizenIdNumber.Problem.CHECK_DIGIT,
                assertInstanceOf(LookupOutcome.InvalidNumber.class, outcome).problem());
    }

    @Test
    void wrongPhoneDigitsLockTheNumberAfterThreeTriesUntilTheLockoutEnds() {
        String number = DemoIdentities.LI_JIANGUO.idNumber().value();
        String right = DemoLedger.DEMO_PHONES.get(1);

        assertEquals(2, assertInstanceOf(LookupOutcome.NoMatch.class, desk.byNumber(number, "0000")).attemptsLeft());
        assertEquals(1, assertInstanceOf(LookupOutcome.NoMatch.class, desk.byNumber(number, "0001")).attemptsLeft());
        assertInstanceOf(LookupOutcome.Locked.class, desk.byNumber(number, "0002"));
        assertInstanceOf(LookupOutcome.Locked.class, desk.byNumber(number, right), "even the right digits wait");
        assertInstanceOf(LookupOutcome.Found.class, desk.byCard(DemoIdentities.LI_JIANGUO),
                "the card itself still works");

        ledger.clock.advance(Duration.ofMinutes(15));

        assertInstanceOf(LookupOutcome.Found.class, desk.byNumber(number, right));
    }

    @Test
    void anUnknownPersonIsNotFoundByCardAndGetsTheSameAnswerAsWrongDigitsByNumber() {
        IdentityCard stranger = new IdentityCard("赵无名", DemoIdentities.LI_JIANGUO.sex(),
                DemoIdentities.LI_JIANGUO.nation(), DemoIdentities.LI_JIANGUO.birthDate(), "青石县", DemoLedger.idNumber(77_777),
                "青石县公安局", DemoIdentities.LI_JIANGUO.validFrom(), DemoIdentities.LI_JIANGUO.validUntil());

        assertInstanceOf(LookupOutcome.NotFound.class, desk.byCard(stranger));
        assertInstanceOf(LookupOutcome.NoMatch.class, desk.byNumber(DemoLedger.idNumber(77_777).value(), "1234"),
                "the pad must not tell who is in the ledger");
    }

    @Test
    void aBillQrShowsThatBillAlone() {
        Payer zhang = ledger.payers.get(2);
        PaymentRecord bill = zhang.records().get(3);

        LookupOutcome outcome = desk.byBillCode(new BillCode(LedgerFixture.STATION, bill.billNo()).text() + "\r\n");

        LookupOutcome.Found found = assertInstanceOf(LookupOutcome.Found.class, outcome);
        assertEquals(List.of(bill), found.payer().records());
        assertEquals(LookupOutcome.Method.BILL, found.method());
    }

    @Test
    void aBillQrOfAnotherStationOrNoBillAtAllIsRefused() {
        String billNo = ledger.payers.get(0).records().get(0).billNo();

        assertInstanceOf(LookupOutcome.OtherStation.class, desk.byBillCode(new BillCode("LIUXI-002", billNo).text()));
        assertInstanceOf(LookupOutcome.NotABill.class, desk.byBillCode("https://example.com/article/1"));
        assertInstanceOf(LookupOutcome.NotFound.class,
                desk.byBillCode(new BillCode(LedgerFixture.STATION, "NO-SUCH-BILL").text()));
    }

    @Test
    void withNoLedgerAndNoServiceTheLookupSaysItIsUnavailable() throws Exception {
        try (LedgerFixture empty = new LedgerFixture(dir.resolve("empty"))) {
            assertInstanceOf(LookupOutcome.Unavailable.class, empty.module.desk().byCard(DemoIdentities.WANG_XIUYING));
        }
    }

    @Test
    void everyLookupIsAuditedByKeyedHashAndCount() {
        desk.byCard(DemoIdentities.WANG_XIUYING);
        desk.byNumber(DemoIdentities.LI_JIANGUO.idNumber().value(), "0000");

        List<AuditEntry> audit = ledger.module.repository().audit(10);

        assertEquals(2, audit.size());
        assertEquals("number", audit.get(0).method());
        assertEquals("no-match", audit.get(0).outcome());
        assertEquals("card", audit.get(1).method());
        assertEquals(14, audit.get(1).records());
        assertEquals(16, audit.get(1).idHash().length());
        assertFalse(DemoIdentities.WANG_XIUYING.idNumber().value().contains(audit.get(1).idHash()));
    }

    @Test
    void theDatabaseFileHoldsNoIdNumberNameOrAddress() throws Exception {
        desk.byCard(DemoIdentities.WANG_XIUYING);
        desk.byNumber(DemoIdentities.LI_JIANGUO.idNumber().value(), DemoLedger.DEMO_PHONES.get(1));
        ledger.close();

        byte[] all = storeBytes(dir);
        for (Payer p : ledger.payers) {
            assertNotIn(all, p.idNumber().value());
            assertNotIn(all, p.idNumber().value().substring(0, 17));
            assertNotIn(all, p.name());
            assertNotIn(all, p.address());
        }
        assertTrue(all.length > 10_000, "the ledger is really in there");
    }

    @Test
    void aLedgerForAnotherStationAnOlderOneOrAnUntrustedOneIsRefusedAndTheCurrentOneKept() throws Exception {
        Path other = dir.resolve("other.xlb");
        LedgerBundle.write(other, "LIUXI-002", 5, LedgerFixture.NOW, ledger.payers, ledger.signer);
        assertThrows(LedgerException.class, () -> ledger.module.importer(ledger.trusted()).importFile(other));

        Path older = dir.resolve("older.xlb");
        LedgerBundle.write(older, LedgerFixture.STATION, 0 + 1, LedgerFixture.NOW, List.of(), ledger.signer);
        Path newer = dir.resolve("newer.xlb");
        LedgerBundle.write(newer, LedgerFixture.STATION, 2, LedgerFixture.NOW, ledger.payers, ledger.signer);
        ledger.module.importer(ledger.trusted()).importFile(newer);
        assertThrows(LedgerException.class, () -> ledger.module.importer(ledger.trusted()).importFile(older));

        Path untrusted = dir.resolve("untrusted.xlb");
        LedgerBundle.write(untrusted, LedgerFixture.STATION, 9, LedgerFixture.NOW, List.of(),
                LedgerFixture.newSigner());
        assertThrows(LedgerException.class, () -> ledger.module.importer(ledger.trusted()).importFile(untrusted));

        assertInstanceOf(LookupOutcome.Found.class, desk.byCard(DemoIdentities.WANG_XIUYING));
        assertEquals(2, ledger.module.ledger().orElseThrow().sequence());
    }

    @Test
    void aTamperedLedgerIsRefused() throws Exception {
        // A newer ledger, so that only the tampering can be the reason it is refused.
        Path file = dir.resolve("newer.xlb");
        LedgerBundle.write(file, LedgerFixture.STATION, 2, LedgerFixture.NOW, ledger.payers, ledger.signer);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 10] ^= 1;
        Files.write(file, bytes);

        LedgerException e = assertThrows(LedgerException.class,
                () -> ledger.module.importer(ledger.trusted()).importFile(file));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
        assertEquals(1, ledger.module.ledger().orElseThrow().sequence());
    }

    static byte[] storeBytes(Path dir) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("kiosk.db")).toList()) {
                out.write(Files.readAllBytes(f));
            }
        }
        return out.toByteArray();
    }

    static void assertNotIn(byte[] haystack, String needle) {
        for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE)) {
            byte[] n = needle.getBytes(cs);
            assertFalse(indexOf(haystack, n) >= 0, "found a personal value in the store (" + cs + ")");
        }
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
