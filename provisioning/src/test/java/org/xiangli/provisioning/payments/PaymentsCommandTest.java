package org.xiangli.provisioning.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.xiangli.provisioning.Output;

/** {@code kioskctl payments key | build | import}, run in-process as a technician would. */
class PaymentsCommandTest {

    @TempDir
    Path dir;

    private static Output run(String... args) {
        return Output.run(() -> KioskCtl.run(args));
    }

    @Test
    void aBuiltDemoLedgerImportsAndACardThenFindsItsRecords() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path config = dir.resolve("kiosk.toml");
        Files.writeString(config, "[data]\ndir = \"" + data + "\"\n");
        assertEquals(0, run("keys", "generate", "--out", dir.resolve("keys").toString()).exitCode());

        Output key = run("payments", "key", "--config", config.toString());
        assertEquals(0, key.exitCode(), key.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve("payments.key"))));

        Path ledger = dir.resolve("ledger.xlb");
        Output build = run("payments", "build", "--key", dir.resolve("keys/publisher.key").toString(),
                "--station", "DEMO-001", "-o", ledger.toString());
        assertEquals(0, build.exitCode(), build.err());

        Output refused = run("payments", "import", ledger.toString(), "--config", config.toString());
        assertEquals(1, refused.exitCode(), "an untrusted publisher is refused");

        Output imported = run("payments", "import", ledger.toString(), "--config", config.toString(),
                "--pubkey", dir.resolve("keys/publisher.pub").toString());
        assertEquals(0, imported.exitCode(), imported.err());
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
