package org.xiangli.provisioning.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.payments.LookupOutcome;
import org.xiangli.kiosk.payments.PaymentsModule;
import org.xiangli.kiosk.store.Database;
import org.xiangli.provisioning.KioskCtl;

/** {@code kioskctl payments key | build | import}, run in-process as a technician would. */
class PaymentsCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = KioskCtl.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aBuiltDemoLedgerImportsAndACardThenFindsItsRecords() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path config = dir.resolve("kiosk.toml");
        Files.writeString(config, "[data]\ndir = \"" + data + "\"\n");
        assertEquals(0, run("keys", "generate", "--out", dir.resolve("keys").toString()).code());

        Run key = run("payments", "key", "--config", config.toString());
        assertEquals(0, key.code(), key.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve("payments.key"))));

        Path ledger = dir.resolve("ledger.xlb");
        Run build = run("payments", "build", "--key", dir.resolve("keys/publisher.key").toString(),
                "--station", "DEMO-001", "-o", ledger.toString());
        assertEquals(0, build.code(), build.err());

        Run refused = run("payments", "import", ledger.toString(), "--config", config.toString());
        assertEquals(1, refused.code(), "an untrusted publisher is refused");

        Run imported = run("payments", "import", ledger.toString(), "--config", config.toString(),
                "--pubkey", dir.resolve("keys/publisher.pub").toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("10 payers"), imported.out());

        KioskConfig kiosk = new ConfigLoader().load(config);
        try (Database db = Database.open(data.resolve("kiosk.db"))) {
            LookupOutcome outcome = PaymentsModule.open(kiosk, db, Clock.systemUTC(),
                    org.xiangli.kiosk.payments.store.DataKeySource.firstOf(java.util.List.of(kiosk.paymentsKeyFile()))).desk()
                    .byCard(DemoIdentities.ZHANG_XIAOMEI);
            assertEquals("张小梅", assertInstanceOf(LookupOutcome.Found.class, outcome).payer().name());
        }
    }
}
