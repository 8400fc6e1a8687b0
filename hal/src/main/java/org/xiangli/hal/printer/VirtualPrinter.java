package org.xiangli.hal.printer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.DeviceLoop;
import org.xiangli.hal.device.DeviceNotifier;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.Link;
import org.xiangli.hal.device.LinkOpener;
import org.xiangli.hal.device.StatusReason;

/**
 * A simulated receipt printer on a link: it parses the ESC/POS it receives, renders every cut receipt to an image
 * (and a PNG file when given a directory), answers {@code DLE EOT} from a condition a trainer sets (paper out,
 * cover open…), and reports every command it does not understand.
 */
public final class VirtualPrinter implements AutoCloseable {

    private static final Logger LOG = System.getLogger(VirtualPrinter.class.getName());
    private static final int KEPT_PROBLEMS = 100;

    private final String name;
    private final PaperWidth paper;
    private final Optional<Path> outputDirectory;
    private final DeviceNotifier<PrintedReceipt> notifier;
    private final DeviceLoop loop;
    private final AtomicInteger printed = new AtomicInteger();
    private final List<String> problems = new ArrayList<>();
    private volatile PrinterCondition condition = PrinterCondition.READY;

    public VirtualPrinter(String name, LinkOpener opener, PaperWidth paper, Optional<Path> outputDirectory) {
        this.name = Objects.requireNonNull(name, "name");
        this.paper = Objects.requireNonNull(paper, "paper");
        this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
        this.notifier = new DeviceNotifier<>("virtual printer " + name,
                DeviceStatus.offline(StatusReason.NOT_CONNECTED, "not started"));
        this.loop = new DeviceLoop("virtual printer " + name, opener,
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(500)), notifier, this::serve);
    }

    public void start() {
        loop.start();
    }

    /**
     * Draws {@code sample} as this printer would and encodes it as PNG, then drops it: nothing is counted, saved or
     * told to listeners. The first receipt in a process otherwise starts Java2D, its CJK font and the PNG writer
     * (~100 ms of CPU in a cold JVM) while the kiosk draws the ticket page on the other core (issue 18). The kiosk
     * calls it once after its first frame, as a real printer has its fonts ready from power-on.
     */
    public void warmUp(Receipt sample) {
        ReceiptPreview.png(sample, paper);
    }

    /** What the next {@code DLE EOT} answers say. */
    public void setCondition(PrinterCondition next) {
        condition = Objects.requireNonNull(next, "condition");
    }

    /** Listeners hear of each printed (cut) receipt; the devices panel shows them. */
    public void addListener(DeviceListener<PrintedReceipt> listener) {
        notifier.addListener(listener);
    }

    public int printedCount() {
        return printed.get();
    }

    /** The last commands it did not understand and text it could not decode, oldest first. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        loop.close();
    }

    private void serve(Link link) throws IOException {
        notifier.updateStatus(DeviceStatus.online());
        EscPosText words = new EscPosText();
        // A page ends at a cut (or when it grows too long for one image): its words go with its image.
        PaperRenderer paperRenderer = new PaperRenderer(paper, page -> cut(page, words.takePage()), this::problem);
        EscPosParser parser = new EscPosParser(new Answering(paperRenderer, words, link));
        byte[] buffer = new byte[4096];
        while (!loop.isStopped()) {
            int count = link.read(buffer, 0, buffer.length, Duration.ofMillis(200));
            if (count > 0) {
                parser.feed(buffer, 0, count);
            }
        }
    }

    private void cut(BufferedImage page, String text) {
        int number = printed.incrementAndGet();
        Optional<Path> file = outputDirectory.map(dir -> dir.resolve(String.format("receipt-%04d.png", number)));
        if (file.isPresent()) {
            try {
                Files.createDirectories(file.get().getParent());
                Files.write(file.get(), ReceiptPreview.png(page));
            } catch (IOException e) {
                LOG.log(Level.ERROR, name + ": cannot save " + file.get(), e);
            }
        }
        notifier.fire(new PrintedReceipt(number, page, file, text));
    }

    private synchronized void problem(String text) {
        LOG.log(Level.INFO, "{0}: {1}", name, text);
        problems.add(text);
        if (problems.size() > KEPT_PROBLEMS) {
            problems.removeFirst();
        }
    }

    /** Draws through to the paper (and notes its words), but answers status requests and records unknown commands. */
    private final class Answering implements EscPosHandler {
        private final PaperRenderer paperRenderer;
        private final EscPosText words;
        private final Link link;

        Answering(PaperRenderer paperRenderer, EscPosText words, Link link) {
            this.paperRenderer = paperRenderer;
            this.words = words;
            this.link = link;
        }

        @Override
        public void statusRequest(int n) {
            byte[] bytes = condition.statusBytes();
            int index = switch (n) {
                case EscPos.STATUS_PRINTER -> 0;
                case EscPos.STATUS_OFFLINE_CAUSE -> 1;
                case EscPos.STATUS_PAPER -> 2;
                default -> -1;
            };
            // n = 3 (error cause) is answered "no error" with only the fixed bits.
            byte answer = index < 0 ? 0x12 : bytes[index];
            try {
                link.write(new byte[] {answer});
            } catch (IOException e) {
                LOG.log(Level.WARNING, name + ": status answer lost", e);
            }
        }

        @Override
        public void unknown(byte[] bytes, String reason) {
            problem(reason + ": " + HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(bytes.length, 16)));
        }

        @Override
        public void initialize() {
            words.initialize();
            paperRenderer.initialize();
        }

        @Override
        public void text(byte[] bytes) {
            if (canPrint()) {
                words.text(bytes);
                paperRenderer.text(bytes);
            }
        }

        @Override
        public void lineFeed() {
            words.lineFeed();
            paperRenderer.lineFeed();
        }

        @Override
        public void feedLines(int lines) {
            words.feedLines(lines);
            paperRenderer.feedLines(lines);
        }

        @Override
        public void align(int n) {
            paperRenderer.align(n);
        }

        @Override
        public void bold(boolean on) {
            paperRenderer.bold(on);
        }

        @Override
        public void size(int n) {
            paperRenderer.size(n);
        }

        @Override
        public void chineseMode(boolean on) {
            paperRenderer.chineseMode(on);
        }

        @Override
        public void raster(MonoBitmap bitmap) {
            if (canPrint()) {
                words.raster(bitmap);
                paperRenderer.raster(bitmap);
            }
        }

        /** Without paper or with the cover open, a printer takes data but nothing reaches paper. */
        private boolean canPrint() {
            return !condition.paperOut() && !condition.coverOpen();
        }

        @Override
        public void cut(boolean partial) {
            words.cut(partial);
            paperRenderer.cut(partial);
        }
    }
}
