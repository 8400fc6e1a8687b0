package org.xiangli.hal.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xiangli.hal.card.SamCardReader;
import org.xiangli.hal.card.VirtualCardReader;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.LinkOpener;
import org.xiangli.hal.device.PipeLink;
import org.xiangli.hal.device.PtyPair;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.printer.PaperWidth;
import org.xiangli.hal.printer.ReceiptPrinter;
import org.xiangli.hal.printer.VirtualPrinter;
import org.xiangli.hal.scanner.CodeScanner;
import org.xiangli.hal.scanner.SerialScanner;
import org.xiangli.hal.scanner.VirtualScanner;

/**
 * Demo mode's devices: each real driver wired to its simulator, over socat pty pairs when socat is installed (the
 * same serial path as on a kiosk) or else over in-process pipes. The kiosk uses the drivers exactly as it would use
 * real ones, and its devices panel uses the simulators: place a demo card, scan a code, see printed receipts.
 */
public final class DemoDevices implements AutoCloseable {

    private final SamCardReader cardReader;
    private final VirtualCardReader virtualCardReader;
    private final ReceiptPrinter printer;
    private final VirtualPrinter virtualPrinter;
    private final CodeScanner scanner;
    private final VirtualScanner virtualScanner;
    private final boolean overPtys;
    private final List<AutoCloseable> resources;

    private DemoDevices(Builder parts) {
        this.cardReader = parts.cardReader;
        this.virtualCardReader = parts.virtualCardReader;
        this.printer = parts.printer;
        this.virtualPrinter = parts.virtualPrinter;
        this.scanner = parts.scanner;
        this.virtualScanner = parts.virtualScanner;
        this.overPtys = parts.overPtys;
        this.resources = parts.resources;
    }

    /**
     * Starts all three pairs.
     *
     * @param workDirectory where the pty links and the printed receipts ({@code receipts/receipt-NNNN.png}) go
     */
    public static DemoDevices start(Path workDirectory, PaperWidth paper) throws IOException {
        return start(workDirectory, paper, PtyPair.socatAvailable());
    }

    /** As {@link #start(Path, PaperWidth)}, choosing the wiring: ptys (needs socat) or in-process pipes. */
    public static DemoDevices start(Path workDirectory, PaperWidth paper, boolean overPtys) throws IOException {
        Files.createDirectories(workDirectory);
        Builder parts = new Builder(overPtys);
        try {
            // The three socat processes start side by side: one after the other, each waited for, they were the
            // devices' share of the start (issue 18).
            List<LinkOpener[]> cables = parts.cables(workDirectory, List.of(new Cable("card", 115200),
                    new Cable("printer", 115200), new Cable("scanner", 9600)));
            LinkOpener[] card = cables.get(0);
            LinkOpener[] printerCable = cables.get(1);
            LinkOpener[] scannerCable = cables.get(2);
            parts.virtualCardReader = parts.add(new VirtualCardReader("demo", card[1]));
            parts.cardReader = parts.add(new SamCardReader("demo", card[0], SamCardReader.Settings.DEFAULT,
                    Clock.systemDefaultZone()));
            parts.virtualPrinter = parts.add(new VirtualPrinter("demo", printerCable[1], paper,
                    Optional.of(workDirectory.resolve("receipts"))));
            parts.printer = parts.add(new ReceiptPrinter("demo", printerCable[0], paper,
                    ReceiptPrinter.Settings.DEFAULT));
            parts.virtualScanner = parts.add(new VirtualScanner("demo", scannerCable[1], VirtualScanner.Suffix.CRLF,
                    StandardCharsets.UTF_8));
            parts.scanner = parts.add(new SerialScanner("demo", scannerCable[0], Backoff.DEFAULT));
        } catch (IOException | RuntimeException e) {
            parts.closeAll();
            throw e;
        }
        DemoDevices devices = new DemoDevices(parts);
        devices.virtualCardReader.start();
        devices.virtualPrinter.start();
        devices.virtualScanner.start();
        devices.cardReader.start();
        devices.printer.start();
        devices.scanner.start();
        return devices;
    }

    public SamCardReader cardReader() {
        return cardReader;
    }

    /** Place or remove a demo card here ({@link org.xiangli.hal.card.DemoIdentities}). */
    public VirtualCardReader virtualCardReader() {
        return virtualCardReader;
    }

    public ReceiptPrinter printer() {
        return printer;
    }

    /** Its listeners receive each printed receipt; set paper out etc. for training. */
    public VirtualPrinter virtualPrinter() {
        return virtualPrinter;
    }

    /** The serial scanner driver, wired to {@link #virtualScanner()}. */
    public CodeScanner scanner() {
        return scanner;
    }

    /** {@code scan("...")} makes the scanner driver report that code. */
    public VirtualScanner virtualScanner() {
        return virtualScanner;
    }

    /** Whether the devices talk over real ptys (socat present) rather than in-process pipes. */
    public boolean overPtys() {
        return overPtys;
    }

    @Override
    public void close() {
        closeInReverse(resources);
    }

    private static void closeInReverse(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                System.getLogger(DemoDevices.class.getName())
                        .log(System.Logger.Level.WARNING, "closing a demo device failed", e);
            }
        }
    }

    /** A simulated device's serial cable: its name (the ptys' link names) and speed. */
    private record Cable(String name, int baud) {
    }

    /** Collects the parts while they are made, so a failure half-way closes what was made. */
    private static final class Builder {
        private final boolean overPtys;
        private final List<AutoCloseable> resources = new ArrayList<>();
        private SamCardReader cardReader;
        private VirtualCardReader virtualCardReader;
        private ReceiptPrinter printer;
        private VirtualPrinter virtualPrinter;
        private CodeScanner scanner;
        private VirtualScanner virtualScanner;

        Builder(boolean overPtys) {
            this.overPtys = overPtys;
        }

        <T extends AutoCloseable> T add(T resource) {
            resources.add(resource);
            return resource;
        }

        /** The driver's and the device's openers of one "cable". An in-process pipe is not replugged once closed. */
        /** Each cable's two ends (driver, device): socat's ptys, or in-process pipes without them. */
        List<LinkOpener[]> cables(Path directory, List<Cable> cables) throws IOException {
            List<LinkOpener[]> ends = new ArrayList<>();
            if (!overPtys) {
                for (Cable cable : cables) {
                    PipeLink[] pipe = PipeLink.pair(cable.name());
                    ends.add(new LinkOpener[] {() -> pipe[0], () -> pipe[1]});
                }
                return ends;
            }
            List<PtyPair.Starting> starting = new ArrayList<>();
            try {
                for (Cable cable : cables) {
                    starting.add(PtyPair.launch(directory.resolve(cable.name() + "-driver"),
                            directory.resolve(cable.name() + "-device")));
                }
            } catch (IOException | RuntimeException e) {
                starting.forEach(PtyPair.Starting::abandon);
                throw e;
            }
            for (int i = 0; i < cables.size(); i++) {
                PtyPair pair;
                try {
                    pair = add(starting.get(i).await(Duration.ofSeconds(5)));
                } catch (IOException | RuntimeException e) {
                    starting.subList(i + 1, starting.size()).forEach(PtyPair.Starting::abandon);
                    throw e;
                }
                ends.add(new LinkOpener[] {SerialLink.opener(pair.driverEnd().toString(), cables.get(i).baud()),
                    SerialLink.opener(pair.deviceEnd().toString(), cables.get(i).baud())});
            }
            return ends;
        }

        void closeAll() {
            closeInReverse(resources);
        }
    }
}
