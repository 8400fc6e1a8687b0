package org.xiangli.kiosk.payments.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.payments.DemoLedger;
import org.xiangli.kiosk.payments.LedgerFuzzTest;
import org.xiangli.kiosk.payments.model.Payer;

/** The streaming ledger reader: same payers as the whole-part parser, parts checked as they stream, fuzzed. */
class LedgerStreamingTest {

    @TempDir
    Path dir;

    private static final List<Payer> DEMO = DemoLedger.demo("DEMO-001", LocalDate.of(2026, 11, 23));

    @Test
    void aLedgerOfSeveralPartsStreamsEveryPayerInOrder() throws Exception {
        List<Payer> payers = DemoLedger.generate("DEMO-001", 2_500, 3, LocalDate.of(2026, 11, 23), 1);
        PublisherKeyFiles.Signer signer = signer();
        Path file = dir.resolve("ledger.xlb");
        LedgerBundle.write(file, "DEMO-001", 1, Instant.parse("2026-11-20T00:00:00Z"), payers, signer);
        LedgerBundle bundle = LedgerBundle.read(file, new TrustedKeys(List.of(signer.publicKey())));
        assertEquals(3, bundle.header().parts().size());

        bundle.verifyParts();
        List<Payer> streamed = new ArrayList<>();
        assertEquals(2_500, bundle.forEachPayer(streamed::add));

        assertEquals(payers, streamed);
    }

    @Test
    void aFileChangedAfterItWasVerifiedFailsWhileStreaming() throws Exception {
        PublisherKeyFiles.Signer signer = signer();
        Path file = dir.resolve("ledger.xlb");
        LedgerBundle.write(file, "DEMO-001", 1, Instant.parse("2026-11-20T00:00:00Z"), DEMO, signer);
        LedgerBundle bundle = LedgerBundle.read(file, new TrustedKeys(List.of(signer.publicKey())));
        bundle.verifyParts();
        byte[] bytes = Files.readAllBytes(file);
        // Another last digit of a phone number: still valid JSON of the same size, but not the signed part.
        int at = indexOf(bytes, "\"phone_last4\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) + 17;
        bytes[at] = (byte) (bytes[at] == '0' ? '1' : '0');
        Files.write(file, bytes);

        List<Payer> seen = new ArrayList<>();
        LedgerException e = assertThrows(LedgerException.class, () -> bundle.forEachPayer(seen::add));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
        assertThrows(LedgerException.class, bundle::verifyParts);
    }

    @Test
    void theStreamingReaderAgreesWithTheWholePartParserOnMutatedInput() {
        byte[] good = LedgerJson.toJson(DEMO.subList(0, 3));
        Random random = new Random(16);
        int agreedFailures = 0;
        for (int round = 0; round < 3_000; round++) {
            byte[] bytes = LedgerFuzzTest.mutate(good, random);
            List<Payer> whole = null;
            try {
                whole = LedgerJson.parsePayers(bytes);
            } catch (LedgerException expected) {
                // compared below
            }
            List<Payer> streamed = new ArrayList<>();
            try {
                LedgerPartReader.read(new ByteArrayInputStream(bytes), "part", streamed::add);
            } catch (LedgerException e) {
                assertFalse(e.getMessage().contains(DEMO.getFirst().name()), "errors never echo personal values");
                assertFalse(e.getMessage().contains(DEMO.getFirst().idNumber().value()));
                streamed = null;
            }
            // Never more lenient than the whole-part parser (it is stricter: nothing may follow the array).
            if (streamed != null) {
                assertEquals(whole, streamed, "both read the same payers");
            } else {
                agreedFailures++;
            }
        }
        assertTrue(agreedFailures > 100, "mutations were noticed");
    }

    @Test
    void randomBytesFailOnlyWithALedgerException() {
        Random random = new Random(17);
        for (int round = 0; round < 2_000; round++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            if (round % 2 == 0 && bytes.length > 0) {
                bytes[0] = '[';
            }
            try {
                LedgerPartReader.read(new ByteArrayInputStream(bytes), "part", p -> { });
            } catch (LedgerException expected) {
                // the one allowed failure
            }
        }
    }

    @Test
    void dataAfterTheArrayAndNonObjectsAreRefused() {
        byte[] one = LedgerJson.toJson(DEMO.subList(0, 1));
        String json = new String(one, java.nio.charset.StandardCharsets.UTF_8);
        for (String bad : List.of(json + "[]", json + " x", "[1]", "[" + json.substring(1, json.length() - 1)
                + ", 7]", "{}", "", "[")) {
            assertThrows(LedgerException.class, () -> LedgerPartReader.read(new ByteArrayInputStream(
                    bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "part", p -> { }), bad);
        }
        assertEquals(0, assertDoesNotFail("[]"));
        assertEquals(1, assertDoesNotFail(json + "\n  "));
    }

    private static int assertDoesNotFail(String json) {
        try {
            return LedgerPartReader.read(new ByteArrayInputStream(json.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), "part", p -> { });
        } catch (LedgerException e) {
            throw new AssertionError(e);
        }
    }

    private static PublisherKeyFiles.Signer signer() throws Exception {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        return new PublisherKeyFiles.Signer(pair.getPrivate(), PublisherKey.of(pair.getPublic()));
    }

    private static int indexOf(byte[] hay, byte[] needle) {
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
