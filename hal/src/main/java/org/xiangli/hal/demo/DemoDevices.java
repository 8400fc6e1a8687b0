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
    private final Path workDirectory;
    private final List<Cable> cables;
    private final List<AutoCloseable> resources;
    /** The socat pairs, once plugged in: closed after the devices, so that stopping them is not an unplug. */
    private final List<PtyPair> pairs = new ArrayList<>();
    private boolean begun;

    private DemoDevices(Builder parts, Path workDirectory, List<Cable> cables) {
        this.cardReader = parts.cardReader;
        this.virtualCardReader = parts.virtualCardReader;
        this.printer = parts.printer;
        this.virtualPrinter = parts.virtualPrinter;
        this.scanner = parts.scanner;
        this.virtualScanner = parts.virtualScanner;
        this.overPtys = parts.overPtys;
        this.resources = parts.resources;
        this.workDirectory = workDirectory;
        this.cables = cables;
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
        DemoDevices devices = create(workDirectory, paper, overPtys);
        try {
            devices.begin();
        } catch (IOException | RuntimeException e) {
            devices.close();
            throw e;
        }
        return devices;
    }

    /**
     * Makes the six parts, wired, without starting anything: no socat yet, no threads. {@link #begin} plugs the
     * cables in and switches the devices on; the kiosk does that after its first frame (issue 18).
     */
    public static DemoDevices create(Path workDirectory, PaperWidth paper, boolean overPtys) throws IOException {
        Files.createDirectories(workDirectory);
        List<Cable> cables = List.of(new Cable("card", 115200), new Cable("printer", 115200),
                new Cable("scanner", 9600));
        Builder parts = new Builder(overPtys);
        List<LinkOpener[]> ends = parts.ends(workDirectory, cables);
        LinkOpener[] card = ends.get(0);
        LinkOpener[] printerCable = ends.get(1);
        LinkOpener[] scannerCable = ends.get(2);
        parts.virtualCardReader = parts.add(new VirtualCardReader("demo", card[1]));
        parts.cardReader = parts.add(new SamCardReader("demo", card[0], SamCardReader.Settings.DEFAULT,
                Clock.systemDefaultZone()));
        parts.virtualPrinter = parts.add(new VirtualPrinter("demo", printerCable[1], paper,
                Optional.of(workDirectory.resolve("receipts"))));
        parts.printer = parts.add(new ReceiptPrinter("demo", printerCable[0], paper, ReceiptPrinter.Settings.DEFAULT));
        parts.virtualScanner = parts.add(new VirtualScanner("demo", scannerCable[1], VirtualScanner.Suffix.CRLF,
                StandardCharsets.UTF_8));
        parts.scanner = parts.add(new SerialScanner("demo", scannerCable[0], Backoff.DEFAULT));
        return new DemoDevices(parts, workDirectory, cables);
    }

    /**
     * Plugs the cables in (starts socat, when over ptys) and switches every device on; once. Returns when the
     * cables carry data, not when each device answered.
     *
     * @throws IOException when socat cannot start; the devices then stay off (offline, not connected)
     */
    public synchronized void begin() throws IOException {
        if (begun) {
            return;
        }
        begun = true;
        if (overPtys) {
            plugIn();
        }
        virtualCardReader.start();
        virtualPrinter.start();
        virtualScanner.start();
        cardReader.start();
        printer.start();
        scanner.start();
    }

    /** The three socat processes start side by side: one after the other, each waited for, they took longer. */
    private void plugIn() throws IOException {
        List<PtyPair.Starting> starting = new ArrayList<>();
        try {
            for (Cable cable : cables) {
                starting.add(PtyPair.launch(cable.driverEnd(workDirectory), cable.deviceEnd(workDirectory)));
            }
            for (int i = 0; i < starting.size(); i++) {
                pairs.add(starting.get(i).await(Duration.ofSeconds(5)));
            }
        } catch (IOException | RuntimeException e) {
            starting.subList(pairs.size(), starting.size()).forEach(PtyPair.Starting::abandon);
            throw e;
        }
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
        synchronized (this) {
            closeInReverse(new ArrayList<>(pairs));
        }
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
        Path driverEnd(Path directory) {
            return directory.resolve(name + "-driver");
        }

        Path deviceEnd(Path directory) {
            return directory.resolve(name + "-device");
        }
    }

    /** Collects the parts while they are made. */
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

        /**
         * Each cable's two ends (driver, device): the paths where socat will put its ptys (a device's loop simply
         * retries until they are there), or in-process pipes, which are not replugged once closed.
         */
        List<LinkOpener[]> ends(Path directory, List<Cable> cables) {
            List<LinkOpener[]> ends = new ArrayList<>();
            for (Cable cable : cables) {
                if (overPtys) {
                    ends.add(new LinkOpener[] {SerialLink.opener(cable.driverEnd(directory).toString(), cable.baud()),
                        SerialLink.opener(cable.deviceEnd(directory).toString(), cable.baud())});
                } else {
                    PipeLink[] pipe = PipeLink.pair(cable.name());
                    ends.add(new LinkOpener[] {() -> pipe[0], () -> pipe[1]});
                }
            }
            return ends;
        }
    }
}
