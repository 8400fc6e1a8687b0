package org.xiangli.hal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.Receipt;
import org.xiangli.hal.testing.Await;
import org.xiangli.hal.testing.Ptys;

class DemoDevicesTest {

    @ParameterizedTest(name = "over ptys: {0}")
    @ValueSource(booleans = {true, false})
    void givenDemoDevices_whenACardIsPlacedACodeScannedAndAReceiptPrinted_thenTheDriversReportAll(boolean overPtys)
            throws Exception {
        try (DemoDevices demo = DemoDevices.start(Ptys.directory(), PaperWidth.MM58, overPtys)) {
            assertEquals(overPtys, demo.overPtys());
            Await.until("all online", () -> demo.cardReader().status().isOnline()
                    && demo.printer().status().isOnline() && demo.scanner().status().isOnline());
            var card = demo.cardReader().nextCard(Duration.ofSeconds(10));
            var code = demo.scanner().nextCode(Duration.ofSeconds(10));

            demo.virtualCardReader().placeCard(DemoIdentities.LI_JIANGUO);
            demo.virtualScanner().scan("A0042");
            var printed = demo.printer().print(Receipt.builder().title("演示").cut().build(), Duration.ofSeconds(10));

            assertEquals(DemoIdentities.LI_JIANGUO, card.get(10, TimeUnit.SECONDS));
            assertEquals("A0042", code.get(10, TimeUnit.SECONDS).text());
            assertTrue(printed.get(10, TimeUnit.SECONDS).complete());
            Await.until("receipt rendered", () -> demo.virtualPrinter().printedCount() == 1);
        }
    }
}
