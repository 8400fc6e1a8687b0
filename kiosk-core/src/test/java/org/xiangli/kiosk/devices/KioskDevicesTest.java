package org.xiangli.kiosk.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.demo.DemoDevices;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.PrintedReceipt;
import org.xiangli.kiosk.queue.TicketPrinter;
import org.xiangli.kiosk.queue.TicketReceipt;
import org.xiangli.kiosk.queue.TicketReceiptLayout;
import org.xiangli.kiosk.i18n.Messages;

/** The printing side of the wiring, end to end over the simulators: a ticket comes out of the printer. */
class KioskDevicesTest {

    @TempDir
    Path dir;

    private DemoDevices demo;

    @BeforeEach
    void start() throws Exception {
        demo = DemoDevices.start(dir, PaperWidth.MM80);
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void aTicketIsPrintedWithAQrThatScansBackToTheTicket() throws Exception {
        CompletableFuture<PrintedReceipt> printed = new CompletableFuture<>();
        demo.virtualPrinter().addListener(new DeviceListener<>() {
            @Override
            public void event(PrintedReceipt receipt) {
                printed.complete(receipt);
            }
        });
        KioskDevices devices = new KioskDevices(demo.printer(),
                new TicketReceiptLayout(new Messages(Locale.SIMPLIFIED_CHINESE)));
        ZonedDateTime at = ZonedDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
        TicketReceipt ticket = new TicketReceipt("DEMO-001", "青石村综合服务站", 'A', "社保医保", "A003", List.of(1, 2),
                2, 10, at, true, TicketReceipt.qrText("DEMO-001", at.toLocalDate(), "A003"));

        TicketPrinter.Result result = devices.ticketPrinter().print(ticket);

        assertTrue(result.printed(), result.problem());
        PrintedReceipt paper = printed.get(20, TimeUnit.SECONDS);
        String scanned = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(paper.image()))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
        assertEquals("XIANGLI-TICKET:DEMO-001:2026-11-23:A003", scanned);
    }
}
