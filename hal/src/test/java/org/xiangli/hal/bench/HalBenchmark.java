package org.xiangli.hal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.card.SamClient;
import org.xiangli.hal.card.SamCommand;
import org.xiangli.hal.card.VirtualCardReader;
import org.xiangli.hal.device.Link;
import org.xiangli.hal.device.PtyPair;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.printer.Align;
import org.xiangli.hal.printer.EscPosEncoder;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.Receipt;
import org.xiangli.hal.printer.ReceiptPreview;
import org.xiangli.hal.printer.TextSize;

/**
 * Not a test: prints timings for bench/hal.sh. Card read over a socat pty at 115200 baud (a pty does not pace bytes
 * at the baud rate, so the wire time a real reader adds is printed beside it), and receipt encoding and preview.
 */
public final class HalBenchmark {

    private static final int READ_REPLY_BYTES = 1295;

    public static void main(String[] args) throws Exception {
        cardRead();
        receipt();
    }

    private static void cardRead() throws Exception {
        double wireMs = READ_REPLY_BYTES * 10 * 1000.0 / 115200;
        System.out.printf("card read (find + select + read, decoded record) over a socat pty, 115200 baud, "
                + "100 runs; the 1295-byte reply alone needs %.1f ms on the wire%n", wireMs);
        for (boolean paced : new boolean[] {false, true}) {
            long[] times = cardReadTimes(paced);
            System.out.printf("  %-44s median %6.2f ms, p90 %6.2f ms, max %6.2f ms (%.2f× wire time)%n",
                    paced ? "replies paced at 115200 baud (as a UART):" : "pty unpaced (software overhead only):",
                    median(times), percentile(times, 0.9), percentile(times, 1.0), median(times) / wireMs);
        }
    }

    private static long[] cardReadTimes(boolean paced) throws Exception {
        Path directory = Files.createTempDirectory("xiangli-bench");
        try (PtyPair pty = PtyPair.open(directory.resolve("driver"), directory.resolve("device"), Duration.ofSeconds(5));
             VirtualCardReader reader = new VirtualCardReader("bench", () -> {
                 Link device = SerialLink.open(pty.deviceEnd().toString(), 115200);
                 return paced ? new PacedLink(device, 115200) : device;
             });
             Link link = SerialLink.open(pty.driverEnd().toString(), 115200)) {
            reader.placeCard(DemoIdentities.LI_JIANGUO);
            reader.start();
            SamClient client = new SamClient(link);
            Duration timeout = Duration.ofSeconds(2);
            for (int i = 0; i < 20; i++) {
                sequence(client, timeout);
            }
            long[] times = new long[100];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                sequence(client, timeout);
                times[i] = System.nanoTime() - start;
            }
            return times;
        }
    }

    private static void sequence(SamClient client, Duration timeout) throws Exception {
        client.transact(SamCommand.FIND_CARD, timeout);
        client.transact(SamCommand.SELECT_CARD, timeout);
        client.readCard(timeout);
    }

    private static void receipt() {
        Receipt receipt = Receipt.builder()
                .title("青石村便民服务站")
                .separator('=')
                .text("A003", TextSize.HUGE, true, Align.CENTER)
                .text("请到 2 号窗口办理", TextSize.NORMAL, false, Align.CENTER)
                .keyValue("办理事项", "养老保险缴费")
                .keyValue("前面还有", "3 人")
                .qr("https://xiangli.example/q?t=A003&站=青石村服务站&窗口=2", 240)
                .cut()
                .build();
        for (PaperWidth paper : PaperWidth.values()) {
            EscPosEncoder encoder = new EscPosEncoder(paper);
            for (int i = 0; i < 300; i++) {
                encoder.encode(receipt);
            }
            long[] encode = new long[1000];
            int bytes = 0;
            for (int i = 0; i < encode.length; i++) {
                long start = System.nanoTime();
                bytes = encoder.encode(receipt).length;
                encode[i] = System.nanoTime() - start;
            }
            for (int i = 0; i < 20; i++) {
                ReceiptPreview.png(receipt, paper);
            }
            long[] png = new long[100];
            int pngBytes = 0;
            for (int i = 0; i < png.length; i++) {
                long start = System.nanoTime();
                pngBytes = ReceiptPreview.png(receipt, paper).length;
                png[i] = System.nanoTime() - start;
            }
            System.out.printf("receipt with QR, %s: ESC/POS median %.3f ms (%d bytes); PNG median %.2f ms, p90 %.2f ms "
                    + "(%d bytes)%n", paper, median(encode), bytes, median(png), percentile(png, 0.9), pngBytes);
        }
    }

    private static double median(long[] nanos) {
        return percentile(nanos, 0.5);
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e6;
    }
}
