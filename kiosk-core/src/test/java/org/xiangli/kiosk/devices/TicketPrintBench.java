package org.xiangli.kiosk.devices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.PtyPair;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.PrintedReceipt;
import org.xiangli.hal.printer.ReceiptPrinter;
import org.xiangli.hal.printer.VirtualPrinter;
import org.xiangli.kiosk.queue.QueueFixture;
import org.xiangli.kiosk.queue.ServiceItem;
import org.xiangli.kiosk.queue.TicketDesk;
import org.xiangli.kiosk.queue.TicketOutcome;
import org.xiangli.kiosk.queue.TicketPrinter;
import org.xiangli.kiosk.queue.TicketReceiptLayout;
import org.xiangli.kiosk.i18n.Messages;

/**
 * bench/queue.sh, second half: ticket issue → printer, through the kiosk's real path — TicketDesk (SQLite commit
 * with synchronous=FULL), TicketReceiptLayout, KioskDevices.ticketPrinter(), the HAL ReceiptPrinter (status query,
 * ESC/POS bytes, status query) over a socat pty pair to the virtual printer. Measures, per ticket, from the tap to:
 * the virtual printer having parsed the last byte (the cut), and the print job completing (the driver's status
 * query after the bytes answered, i.e. what the kiosk waits for before saying "please take your ticket").
 */
public final class TicketPrintBench {

    private TicketPrintBench() {
    }

    public static void main(String[] args) throws Exception {
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmup = 50;
        if (!PtyPair.socatAvailable()) {
            throw new IllegalStateException("socat is needed for the printer pty (apt-get install socat)");
        }
        Path dir = Files.createTempDirectory("xiangli-print-bench");
        PaperWidth paper = PaperWidth.ofMillimetres(80);
        LinkedBlockingQueue<Long> cutAt = new LinkedBlockingQueue<>();
        try (QueueFixture q = new QueueFixture(dir, Instant.now());
             PtyPair pty = PtyPair.open(dir.resolve("printer-driver"), dir.resolve("printer-device"),
                     Duration.ofSeconds(5));
             VirtualPrinter virtual = new VirtualPrinter("bench", SerialLink.opener(pty.deviceEnd().toString(),
                     115200), paper, Optional.empty());
             ReceiptPrinter printer = new ReceiptPrinter("bench", SerialLink.opener(pty.driverEnd().toString(),
                     115200), paper, ReceiptPrinter.Settings.DEFAULT)) {
            virtual.addListener(new DeviceListener<>() {
                @Override
                public void event(PrintedReceipt receipt) {
                    cutAt.add(System.nanoTime());
                }
            });
            virtual.start();
            printer.start();
            TicketPrinter real = new KioskDevices(printer, new TicketReceiptLayout(
                    new Messages(Locale.SIMPLIFIED_CHINESE))).ticketPrinter();
            long[] printStart = new long[1];
            TicketPrinter timed = receipt -> {
                printStart[0] = System.nanoTime();
                return real.print(receipt);
            };
            List<Long> toCut = new ArrayList<>();
            List<Long> toDone = new ArrayList<>();
            List<Long> issueOnly = new ArrayList<>();
            // take() is called directly: the desk's worker is never used here.
            TicketDesk desk = new TicketDesk(q.queue, timed, "BENCH-001", "青石村综合服务站", Runnable::run);
            List<ServiceItem> services = q.queue.services();
            for (int i = 0; i < warmup + tickets; i++) {
                ServiceItem service = services.get(i % services.size());
                long t0 = System.nanoTime();
                TicketOutcome outcome = desk.take(UUID.randomUUID().toString(), service, Optional.empty());
                long done = System.nanoTime();
                if (!outcome.print().printed()) {
                    throw new IllegalStateException("ticket " + i + " not printed: " + outcome.print().problem());
                }
                Long cut = cutAt.poll(10, TimeUnit.SECONDS);
                if (cut == null) {
                    throw new IllegalStateException("the virtual printer never finished ticket " + i);
                }
                if (i >= warmup) {
                    toCut.add((cut - t0) / 1_000);
                    toDone.add((done - t0) / 1_000);
                    issueOnly.add((printStart[0] - t0) / 1_000);
                }
            }
            Collections.sort(toCut);
            Collections.sort(toDone);
            Collections.sort(issueOnly);
            System.out.printf("ticket print bench: %d tickets (after %d warm-up) over a socat pty to the virtual "
                    + "printer%n", tickets, warmup);
            print("issue (SQLite commit) -> print start", issueOnly);
            print("issue -> last byte parsed by the printer (cut)", toCut);
            print("issue -> print job complete (status answered)", toDone);
        }
    }

    private static void print(String what, List<Long> sortedMicros) {
        System.out.printf("%-48s p50 %6.1f ms, p99 %6.1f ms, max %6.1f ms%n", what, at(sortedMicros, 50) / 1000.0,
                at(sortedMicros, 99) / 1000.0, sortedMicros.getLast() / 1000.0);
    }

    private static long at(List<Long> sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
