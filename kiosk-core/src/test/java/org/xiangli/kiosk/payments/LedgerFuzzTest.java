package org.xiangli.kiosk.payments;

import org.xiangli.kiosk.payments.model.Payer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.payments.ledger.LedgerBundle;
import org.xiangli.kiosk.payments.ledger.LedgerException;
import org.xiangli.kiosk.payments.ledger.LedgerJson;

/** Random and mutated input to every payments parser: a clear LedgerException or a value, never anything else. */
public class LedgerFuzzTest {

    @TempDir
    Path dir;

    private static final List<Payer> PAYERS = DemoLedger.demo("DEMO-001", java.time.LocalDate.of(2026, 11, 23));

    @Test
    void mutatedLedgerJsonFailsOnlyWithALedgerException() {
        byte[] good = LedgerJson.toJson(PAYERS.subList(0, 3));
        Random random = new Random(6);
        int parsed = 0;
        for (int round = 0; round < 3_000; round++) {
            byte[] bytes = mutate(good, random);
            try {
                LedgerJson.parsePayers(bytes);
                parsed++;
            } catch (LedgerException e) {
                assertTrue(!e.getMessage().contains("王秀英"), "errors never echo personal values");
            }
        }
        assertTrue(parsed < 3_000, "mutations were noticed");
    }

    @Test
    void randomBytesAreNotALedger() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            assertDoesNotThrow(() -> {
                try {
                    LedgerJson.parsePayers(bytes);
                } catch (LedgerException expected) {
                    // the one allowed failure
                }
            });
        }
    }

    @Test
    void mutatedLedgerBundlesAreRefusedWithALedgerException() throws Exception {
        var signer = LedgerFixture.newSigner();
        Path good = dir.resolve("good.xlb");
        LedgerBundle.write(good, "DEMO-001", 1, Instant.parse("2026-11-20T00:00:00Z"), PAYERS, signer);
        TrustedKeys trusted = new TrustedKeys(List.of(signer.publicKey()));
        LedgerBundle goodBundle = LedgerBundle.read(good, trusted);
        goodBundle.verifyParts();
        assertEquals(PAYERS.size(), goodBundle.forEachPayer(p -> { }));
        byte[] bytes = Files.readAllBytes(good);
        Random random = new Random(8);
        Path bad = dir.resolve("bad.xlb");
        for (int round = 0; round < 300; round++) {
            Files.write(bad, mutate(bytes, random));
            try {
                LedgerBundle bundle = LedgerBundle.read(bad, trusted);
                bundle.verifyParts();
                bundle.forEachPayer(p -> { });
            } catch (LedgerException expected) {
                // refused with a reason
            }
        }
    }

    @Test
    void billQrParsingNeverThrowsAndOnlyAcceptsWellFormedCodes() {
        Random random = new Random(9);
        String good = new BillCode("DEMO-001", "DEMO001-1-3").text();
        assertEquals(new BillCode("DEMO-001", "DEMO001-1-3"), BillCode.parse(good).orElseThrow());
        for (int round = 0; round < 5_000; round++) {
            String text = new String(mutate(good.getBytes(StandardCharsets.UTF_8), random), StandardCharsets.UTF_8);
            BillCode.parse(text).ifPresent(code -> assertEquals(code, BillCode.parse(code.text()).orElseThrow()));
        }
        assertTrue(BillCode.parse("XLBILL:1:DEMO-001:../../etc").isEmpty());
        assertTrue(BillCode.parse("XLBILL:1:DEMO-001:A:B").isEmpty());
        assertTrue(BillCode.parse(null).isEmpty());
    }

    /** Flips, deletes, duplicates or inserts bytes (the classic mutations of a fuzzer), a few at a time. */
    public static byte[] mutate(byte[] input, Random random) {
        byte[] out = input.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && out.length > 1; e++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> out[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> out[at] = (byte) "{}[]\",:0-".charAt(random.nextInt(9));
                case 2 -> {
                    byte[] shorter = new byte[out.length - 1];
                    System.arraycopy(out, 0, shorter, 0, at);
                    System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
                    out = shorter;
                }
                default -> {
                    int len = Math.min(1 + random.nextInt(16), out.length - at);
                    byte[] longer = new byte[out.length + len];
                    System.arraycopy(out, 0, longer, 0, at + len);
                    System.arraycopy(out, at, longer, at + len, out.length - at);
                    out = longer;
                }
            }
        }
        return out;
    }
}
