package org.xiangli.kiosk.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.payments.ledger.LedgerBundle;
import org.xiangli.kiosk.payments.ledger.LedgerException;
import org.xiangli.kiosk.payments.ledger.LedgerImporter;
import org.xiangli.kiosk.payments.model.Payer;

/** The ledger's sequence is the station's: no trusted key can bring back an older or the same ledger. */
class LedgerRollbackTest {

    @TempDir
    Path dir;

    private LedgerFixture ledger;
    private PublisherKeyFiles.Signer county;
    private PublisherKeyFiles.Signer township;
    private LedgerImporter importer;

    @BeforeEach
    void setUp() throws Exception {
        ledger = new LedgerFixture(dir);
        county = LedgerFixture.newSigner();
        township = LedgerFixture.newSigner();
        importer = ledger.module.importer(new TrustedKeys(List.of(county.publicKey(), township.publicKey())));
        importer.importFile(write("county-5.xlb", county, 5, ledger.payers));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void anOlderOrEqualLedgerSignedByASecondTrustedKeyIsRefusedAndTheCurrentOneKept() throws Exception {
        Path older = write("township-3.xlb", township, 3, List.of());
        Path equal = write("township-5.xlb", township, 5, List.of());

        LedgerException olderRefused = assertThrows(LedgerException.class, () -> importer.importFile(older));
        assertThrows(LedgerException.class, () -> importer.importFile(equal));

        assertTrue(olderRefused.getMessage().contains("not newer"), olderRefused.getMessage());
        assertEquals(5, ledger.module.ledger().orElseThrow().sequence());
        assertEquals(county.publicKey().id(), ledger.module.ledger().orElseThrow().publisher());
        assertEquals(ledger.payers.size(), ledger.module.ledger().orElseThrow().payers());
    }

    @Test
    void theSameLedgerIsNotAppliedTwiceAndANewerOneFromEitherKeyIs() throws Exception {
        assertThrows(LedgerException.class, () -> importer.importFile(dir.resolve("county-5.xlb")));

        importer.importFile(write("township-6.xlb", township, 6, List.of()));

        assertEquals(6, ledger.module.ledger().orElseThrow().sequence());
        assertEquals(township.publicKey().id(), ledger.module.ledger().orElseThrow().publisher());
    }

    private Path write(String name, PublisherKeyFiles.Signer signer, long sequence, List<Payer> payers)
            throws Exception {
        Path file = dir.resolve(name);
        LedgerBundle.write(file, LedgerFixture.STATION, sequence, LedgerFixture.NOW, payers, signer);
        return file;
    }
}
