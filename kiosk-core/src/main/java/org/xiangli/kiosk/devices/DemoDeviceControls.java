package org.xiangli.kiosk.devices;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import org.xiangli.hal.card.CardRemoved;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.hal.demo.DemoDevices;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.StatusReason;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.hal.printer.PrintedReceipt;
import org.xiangli.hal.printer.PrinterCondition;
import org.xiangli.hal.scanner.ScannedCode;
import org.xiangli.kiosk.payments.BillCode;
import org.xiangli.kiosk.payments.DemoLedger;
import org.xiangli.kiosk.payments.model.Payer;
import org.xiangli.kiosk.payments.model.PaymentRecord;

/**
 * What demo mode's devices panel does, kept apart from its JavaFX nodes: it drives the SIMULATORS (lay a demo card
 * on the virtual reader, make the virtual scanner send a code, set the virtual printer's paper and cover), so every
 * action reaches the kiosk over the same wire protocol as real hardware; and it keeps the last printed receipts.
 */
public final class DemoDeviceControls {

    private static final System.Logger LOG = System.getLogger(DemoDeviceControls.class.getName());
    /** Receipts the panel shows, newest first: a ticket and a statement or two are all a demo needs. */
    static final int KEPT_RECEIPTS = 3;

    /** The printer states a demo can show, and the {@code DLE EOT} answers each makes the virtual printer give. */
    public enum PrinterSetting {
        READY(PrinterCondition.READY, StatusReason.READY),
        PAPER_NEAR_END(new PrinterCondition(false, false, false, false, false, true, false),
                StatusReason.PAPER_NEAR_END),
        PAPER_OUT(new PrinterCondition(false, false, false, true, false, false, true), StatusReason.PAPER_OUT),
        COVER_OPEN(new PrinterCondition(false, true, false, false, false, false, false), StatusReason.COVER_OPEN);

        private final PrinterCondition condition;
        private final StatusReason reported;

        PrinterSetting(PrinterCondition condition, StatusReason reported) {
            this.condition = condition;
            this.reported = reported;
        }

        public PrinterCondition condition() {
            return condition;
        }

        /** What the kiosk's printer driver reports once it has asked the printer in this state. */
        public StatusReason reported() {
            return reported;
        }
    }

    /** What a demo code stands for: the panel labels it by kind. */
    public enum CodeKind {
        /** An unpaid bill of a demo villager at this station: opens that one bill. */
        BILL,
        /** A bill of another station: the kiosk must say it is not this station's. */
        OTHER_STATION,
        /** Something that is no code of ours (a shop's QR, a URL): the kiosk must say so calmly. */
        UNKNOWN
    }

    /**
     * A code the panel can scan.
     *
     * @param holder the bill holder's masked name (empty for codes that are not bills)
     * @param itemKey message key of the bill's item (empty for codes that are not bills)
     */
    public record DemoCode(CodeKind kind, String holder, String itemKey, String text) {
        public DemoCode {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(itemKey, "itemKey");
            Objects.requireNonNull(text, "text");
        }
    }

    private final DemoDevices devices;
    private final String station;
    private final LocalDate today;
    /** Made at the first {@link #codes()}: the demo ledger behind them is built then, not on the start's path. */
    private List<DemoCode> codes;
    private final Deque<PrintedReceipt> receipts = new ArrayDeque<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private volatile PrinterSetting printerSetting = PrinterSetting.READY;

    /**
     * @param station this kiosk's station code (the demo ledger's bills carry it)
     * @param today the day the demo ledger was built for (its periods count back from it)
     */
    public DemoDeviceControls(DemoDevices devices, String station, LocalDate today) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.station = Objects.requireNonNull(station, "station");
        this.today = Objects.requireNonNull(today, "today");
        devices.virtualPrinter().addListener(new DeviceListener<>() {
            @Override
            public void event(PrintedReceipt receipt) {
                synchronized (receipts) {
                    receipts.addFirst(receipt);
                    while (receipts.size() > KEPT_RECEIPTS) {
                        receipts.removeLast();
                    }
                }
                changed();
            }
        });
    }

    /** The fictional people whose cards can be laid on the reader. */
    public List<IdentityCard> identities() {
        return DemoIdentities.ALL;
    }

    public synchronized List<DemoCode> codes() {
        if (codes == null) {
            codes = demoCodes(station, today);
        }
        return codes;
    }

    /** Lays {@code card} on the virtual reader (taking away any other first, as a hand would). */
    public void insertCard(IdentityCard card) {
        devices.virtualCardReader().placeCard(card);
        changed();
    }

    public void removeCard() {
        devices.virtualCardReader().removeCard();
        changed();
    }

    public Optional<IdentityCard> cardOnReader() {
        return devices.virtualCardReader().placedCard();
    }

    /** The virtual scanner sends {@code code} down its line, as a real scanner in serial mode would. */
    public void scan(DemoCode code) {
        devices.virtualScanner().scan(code.text());
    }

    /*
     * The waiting versions below are for scripts (the kiosk's scenario runner, training): each returns once the
     * kiosk's DRIVER has reported the change, so the next step sees its effect. The driver reports to its listeners
     * in the order they were added; the one each method adds comes after the kiosk's own (added at start-up), so by
     * the time it returns the kiosk has been told too.
     */

    /**
     * Lays {@code card} on the reader, taking away the card lying there first (a new swipe, even of the same card),
     * and returns when the reader's driver has read it.
     *
     * @throws TimeoutException when the driver did not read it within {@code timeout}
     */
    public void layCard(IdentityCard card, Duration timeout) throws TimeoutException, InterruptedException {
        Objects.requireNonNull(card, "card");
        if (cardOnReader().isPresent()) {
            takeCard(timeout);
        }
        CompletableFuture<IdentityCard> read = devices.cardReader().nextCard(timeout);
        insertCard(card);
        await(read, "the card reader did not read " + card + " within " + timeout.toSeconds() + " s");
    }

    /** Takes the card off the reader and returns when the driver has noticed; does nothing when there is none. */
    public void takeCard(Duration timeout) throws TimeoutException, InterruptedException {
        if (cardOnReader().isEmpty()) {
            return;
        }
        CompletableFuture<CardRemoved> gone = devices.cardReader().nextRemoval(timeout);
        removeCard();
        await(gone, "the card reader did not notice the card was taken within " + timeout.toSeconds() + " s");
    }

    /** The scanner reads {@code text}; returns when the kiosk's scanner driver has reported it. */
    public void scan(String text, Duration timeout) throws TimeoutException, InterruptedException {
        CompletableFuture<ScannedCode> read = devices.scanner().nextCode(timeout);
        devices.virtualScanner().scan(text);
        await(read, "the scanner driver did not report the code within " + timeout.toSeconds() + " s");
    }

    /** Sets the printer and returns when its driver reports the new state (it asks every few seconds). */
    public void setPrinter(PrinterSetting setting, Duration timeout) throws TimeoutException, InterruptedException {
        CompletableFuture<DeviceStatus> reported = new CompletableFuture<>();
        DeviceListener<PrintResult> listener = new DeviceListener<>() {
            @Override
            public void statusChanged(DeviceStatus status) {
                if (status.reason() == setting.reported()) {
                    reported.complete(status);
                }
            }
        };
        devices.printer().addListener(listener);
        try {
            setPrinter(setting);
            if (devices.printer().status().reason() == setting.reported()) {
                return;
            }
            await(reported.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS), "the printer driver did not report "
                    + setting.reported() + " within " + timeout.toSeconds() + " s (it reports "
                    + devices.printer().status().reason() + ")");
        } finally {
            devices.printer().removeListener(listener);
        }
    }

    /** The words of the last receipt the virtual printer cut, as read back from its bytes; empty before any. */
    public Optional<String> lastReceiptText() {
        synchronized (receipts) {
            return Optional.ofNullable(receipts.peekFirst()).map(PrintedReceipt::text);
        }
    }

    /**
     * What the QR code on the last receipt says, read from the printed image as a scanner would read the paper;
     * empty before any receipt or when the last one has no readable QR code.
     */
    public Optional<String> lastReceiptQr() {
        PrintedReceipt last;
        synchronized (receipts) {
            last = receipts.peekFirst();
        }
        if (last == null) {
            return Optional.empty();
        }
        return org.xiangli.hal.qr.QrReader.read(last.image());
    }

    private static void await(CompletableFuture<?> event, String late) throws TimeoutException, InterruptedException {
        try {
            event.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TimeoutException) {
                throw new TimeoutException(late);
            }
            throw new IllegalStateException(late + ": " + e.getCause(), e.getCause());
        }
    }

    public void setPrinter(PrinterSetting setting) {
        printerSetting = Objects.requireNonNull(setting, "setting");
        devices.virtualPrinter().setCondition(setting.condition());
        changed();
    }

    public PrinterSetting printer() {
        return printerSetting;
    }

    /** How many receipts the virtual printer has cut since it started. */
    public int printedCount() {
        return devices.virtualPrinter().printedCount();
    }

    /** The last printed receipts as PNG bytes (as the virtual printer rendered them), newest first. */
    public List<byte[]> lastReceipts() {
        List<PrintedReceipt> copy;
        synchronized (receipts) {
            copy = new ArrayList<>(receipts);
        }
        List<byte[]> pngs = new ArrayList<>(copy.size());
        for (PrintedReceipt receipt : copy) {
            pngs.add(png(receipt.image()));
        }
        return pngs;
    }

    /**
     * {@code listener} hears of every change (a receipt came out, a card was laid or taken); it may be called on a
     * device thread, so the panel hands it to the UI thread itself. Returns what stops it.
     */
    public Runnable onChange(Runnable listener) {
        changeListeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> changeListeners.remove(listener);
    }

    private void changed() {
        for (Runnable listener : changeListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "devices panel listener failed", e);
            }
        }
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding in memory failed", e);
        }
    }

    /** Two unpaid bills of demo card holders, a bill of another station and a code that is none of ours. */
    static List<DemoCode> demoCodes(String station, LocalDate today) {
        List<DemoCode> out = new ArrayList<>();
        List<Payer> payers = DemoLedger.demo(station, today);
        for (Payer payer : payers.subList(0, Math.min(2, payers.size()))) {
            payer.records().stream().filter(PaymentRecord::payable).findFirst().ifPresent(bill -> out.add(
                    new DemoCode(CodeKind.BILL, payer.maskedName(), bill.item().messageKey(),
                            new BillCode(station, bill.billNo()).text())));
        }
        String other = "LIUXI-002".equals(station) ? "DEMO-001" : "LIUXI-002";
        out.add(new DemoCode(CodeKind.OTHER_STATION, "", "", new BillCode(other, "LIUXI002-7-2").text()));
        out.add(new DemoCode(CodeKind.UNKNOWN, "", "", "https://shop.example/qr/8848"));
        return List.copyOf(out);
    }
}
