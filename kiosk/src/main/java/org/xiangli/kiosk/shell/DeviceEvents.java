package org.xiangli.kiosk.shell;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.kiosk.devices.KioskDevices;
import org.xiangli.kiosk.ui.DeviceAware;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.ui.Screen;

/**
 * The one path from the devices to the pages. The device set calls in on its drivers' threads (and the scene's
 * key-burst filter, for a keyboard-mode scanner, on the UI thread); each event goes to the UI thread through
 * {@code ui}, there first to the frame around the pages (a card or a code means a villager is here) and then to
 * the page on screen if it is {@link DeviceAware} — to no other page. A card the page does not take goes back to
 * the frame, which shows a hint instead of changing the page.
 *
 * <p>It lives with the shell, not in {@code ui}: every feature's pages depend on {@code ui}, and the devices depend
 * on the features (tickets, statements), so {@code ui} knowing the devices would close a circle.
 */
public final class DeviceEvents implements KioskDevices.EventSink {

    /** What the frame around the pages (the shell) does with device events; called on the UI thread. */
    public interface Frame {

        /** The page on screen. */
        Screen current();

        /** A card was read: a villager is here, and a card that had left the reader is back. */
        void cardArrived();

        /** The page on screen did not take the card read: the frame tells the villager where a card helps. */
        void cardNotTaken(IdentityCard card);

        /** The card left the reader while a page that ends with it was on screen: the session ends soon. */
        void cardLeft();

        /** A code was scanned: a villager is here. */
        void codeArrived();

        /** The card on the reader now (after the page had it), or empty when it was taken away. */
        void cardOnReader(java.util.Optional<IdentityCard> card);
    }

    private final Executor ui;
    private final Frame frame;
    /** The card on the reader, as its last word said (read, not since removed); null when none. UI thread. */
    private IdentityCard present;

    /** {@code ui}: the UI thread's executor ({@link FxUi}); it runs the work at once when called on that thread. */
    public DeviceEvents(Executor ui, Frame frame) {
        this.ui = Objects.requireNonNull(ui, "ui");
        this.frame = Objects.requireNonNull(frame, "frame");
    }

    @Override
    public void cardRead(IdentityCard card) {
        ui.execute(() -> {
            present = card;
            frame.cardArrived();
            boolean taken = frame.current() instanceof DeviceAware page && page.onCardRead(card);
            if (!taken) {
                frame.cardNotTaken(card);
            }
            frame.cardOnReader(java.util.Optional.of(card));
        });
    }

    @Override
    public void cardRemoved() {
        ui.execute(() -> {
            present = null;
            frame.cardOnReader(java.util.Optional.empty());
            if (frame.current() instanceof DeviceAware page && page.endsWhenCardLeaves()) {
                frame.cardLeft();
            }
        });
    }

    /**
     * A page just opened: a card that lies on the reader goes to it as present (UI thread). Without this a villager
     * who laid the card on the home page would be asked on the payments page to lay it again.
     */
    public void pageOpened() {
        if (present != null && frame.current() instanceof DeviceAware page) {
            page.onCardPresent(present);
        }
    }

    @Override
    public void codeScanned(String text) {
        ui.execute(() -> {
            frame.codeArrived();
            if (frame.current() instanceof DeviceAware page) {
                page.onCodeScanned(text);
            }
        });
    }

    @Override
    public void printerStatus(DeviceStatus status) {
        ui.execute(() -> {
            if (frame.current() instanceof DeviceAware page) {
                page.onPrinterStatus(status);
            }
        });
    }
}
