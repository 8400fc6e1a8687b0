package org.xiangli.hal.card;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.DeviceListener;
import org.xiangli.hal.device.DeviceLoop;
import org.xiangli.hal.device.DeviceNotifier;
import org.xiangli.hal.device.DeviceState;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.Link;
import org.xiangli.hal.device.LinkOpener;
import org.xiangli.hal.device.StatusReason;

/**
 * The resident ID-card reader: polls the SAM module on its own thread (SAM status → find → select → read) and
 * tells listeners about each card placed on it. The same card resting on the reader is reported once; it is
 * reported again only when placed anew at least {@code debounce} after it was taken away.
 *
 * <p>After a read the polls also watch the card's presence: when "find card" has answered "no card" for at least
 * {@code debounce} (a real antenna flickers "no card" now and then under a resting card), removal listeners get one
 * {@link CardRemoved}. A different card laid down without a confirmed removal first ends the old one the same way,
 * and so does the reader going away or falling silent while a card was on it.
 *
 * <p>Works the same against a real reader and against {@link VirtualCardReader} (on a pty or an in-process pipe).
 */
public final class SamCardReader implements AutoCloseable {

    private static final Logger LOG = System.getLogger(SamCardReader.class.getName());
    private static final int PROTOCOL_ERRORS_BEFORE_FAULT = 3;

    /** Poll cadence, reply timeout, debounce and reconnect backoff. */
    public record Settings(Duration pollInterval, Duration replyTimeout, Duration debounce, Backoff backoff) {
        public static final Settings DEFAULT = new Settings(Duration.ofMillis(300), Duration.ofMillis(1500),
                Duration.ofSeconds(2), Backoff.DEFAULT);
    }

    private final String name;
    private final Settings settings;
    private final Clock clock;
    private final DeviceNotifier<IdentityCard> notifier;
    private final DeviceNotifier<CardRemoved> removals;
    private final DeviceLoop loop;
    /** ID number of the card reported last while it is (taken to be) on the reader; null when none is. */
    private String presentNumber;
    /** When polls started answering "no card" under the present card; null while it is seen. */
    private Instant absentSince;

    public SamCardReader(String name, LinkOpener opener, Settings settings, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.notifier = new DeviceNotifier<>("card reader " + name,
                DeviceStatus.offline(StatusReason.NOT_CONNECTED, "not started"));
        this.removals = new DeviceNotifier<>("card reader " + name + " (removals)", DeviceStatus.online());
        this.loop = new DeviceLoop("card reader " + name, opener, settings.backoff(), notifier, this::poll);
    }

    /** Starts polling on the reader's own thread; returns at once. */
    public void start() {
        loop.start();
    }

    public DeviceStatus status() {
        return notifier.status();
    }

    public void addListener(DeviceListener<IdentityCard> listener) {
        notifier.addListener(listener);
    }

    public void removeListener(DeviceListener<IdentityCard> listener) {
        notifier.removeListener(listener);
    }

    /** Listens for cards leaving the reader (only {@link DeviceListener#event} is called). */
    public void addRemovalListener(DeviceListener<CardRemoved> listener) {
        removals.addListener(listener);
    }

    public void removeRemovalListener(DeviceListener<CardRemoved> listener) {
        removals.removeListener(listener);
    }

    /** The next confirmed removal; fails with a TimeoutException after {@code timeout}, or when cancelled. */
    public CompletableFuture<CardRemoved> nextRemoval(Duration timeout) {
        return removals.next(removed -> true, timeout);
    }

    /** The next card placed on the reader; fails with a TimeoutException after {@code timeout}, or when cancelled. */
    public CompletableFuture<IdentityCard> nextCard(Duration timeout) {
        return notifier.next(card -> true, timeout);
    }

    @Override
    public void close() {
        loop.close();
    }

    private void poll(Link link) throws IOException, InterruptedException {
        try {
            pollWhileConnected(link);
        } finally {
            // Unplugged (or closed) with a card on it: nobody can tell it is still there, so its session may end.
            if (presentNumber != null) {
                announceRemoval(true);
            }
        }
    }

    private void pollWhileConnected(Link link) throws IOException, InterruptedException {
        SamClient client = new SamClient(link);
        int protocolErrors = 0;
        while (!loop.isStopped()) {
            try {
                pollOnce(client);
                protocolErrors = 0;
            } catch (SamFrameException e) {
                protocolErrors++;
                LOG.log(Level.WARNING, "{0}: garbled reply ({1})", name, e.getMessage());
                if (protocolErrors >= PROTOCOL_ERRORS_BEFORE_FAULT) {
                    notifier.updateStatus(DeviceStatus.of(DeviceState.HARDWARE_ERROR, StatusReason.PROTOCOL_ERROR,
                            e.getMessage()));
                    if (presentNumber != null) {
                        announceRemoval(true);
                    }
                }
            } catch (TimeoutException e) {
                notifier.updateStatus(DeviceStatus.offline(StatusReason.NOT_RESPONDING, e.getMessage()));
                if (presentNumber != null) {
                    // A reader that stopped answering (or a pty whose far end went away) cannot vouch for the card.
                    announceRemoval(true);
                }
            }
            if (!loop.pause(settings.pollInterval().toMillis())) {
                return;
            }
        }
    }

    private void pollOnce(SamClient client) throws IOException, TimeoutException {
        Duration timeout = settings.replyTimeout();
        if (!notifier.status().isOnline() && !samReady(client, timeout)) {
            return;
        }
        SamReply found = client.transact(SamCommand.FIND_CARD, timeout);
        if (found.is(SamStatus.NO_CARD)) {
            noCardSeen();
            notifier.updateStatus(DeviceStatus.online());
            return;
        }
        if (!found.is(SamStatus.CARD_FOUND)) {
            readFailed(found.statusCode(), "find card");
            return;
        }
        SamReply selected = client.transact(SamCommand.SELECT_CARD, timeout);
        if (!selected.is(SamStatus.OK)) {
            readFailed(selected.statusCode(), "select card");
            return;
        }
        try {
            deliver(client.readCard(timeout));
            notifier.updateStatus(DeviceStatus.online());
        } catch (CardReadException e) {
            notifier.updateStatus(DeviceStatus.of(DeviceState.USER_ERROR, StatusReason.CARD_READ_FAILED,
                    e.getMessage()));
        }
    }

    private boolean samReady(SamClient client, Duration timeout) throws IOException, TimeoutException {
        SamReply reply = client.transact(SamCommand.SAM_STATUS, timeout);
        if (reply.is(SamStatus.OK)) {
            notifier.updateStatus(DeviceStatus.online());
            return true;
        }
        notifier.updateStatus(DeviceStatus.of(DeviceState.HARDWARE_ERROR, StatusReason.SAM_FAULT,
                "SAM status " + SamStatus.describe(reply.statusCode())));
        return false;
    }

    private void readFailed(int code, String step) {
        SamStatus status = SamStatus.of(code);
        boolean moduleFault = status != null && status.isModuleFault();
        notifier.updateStatus(DeviceStatus.of(moduleFault ? DeviceState.HARDWARE_ERROR : DeviceState.USER_ERROR,
                moduleFault ? StatusReason.SAM_FAULT : StatusReason.CARD_READ_FAILED,
                step + ": " + SamStatus.describe(code)));
    }

    private void noCardSeen() {
        if (presentNumber == null) {
            return;
        }
        Instant now = clock.instant();
        if (absentSince == null) {
            absentSince = now;
        }
        if (!now.isBefore(absentSince.plus(settings.debounce()))) {
            announceRemoval(false);
        }
    }

    private void announceRemoval(boolean readerLost) {
        presentNumber = null;
        absentSince = null;
        CardRemoved removed = new CardRemoved(clock.instant(), readerLost);
        LOG.log(Level.INFO, "{0}: card removed{1}", name, readerLost ? " (reader lost)" : "");
        removals.fire(removed);
    }

    private void deliver(IdentityCard card) {
        String number = card.idNumber().value();
        if (presentNumber != null) {
            boolean sameCard = number.equals(presentNumber);
            boolean goneLongEnough = absentSince != null
                    && !clock.instant().isBefore(absentSince.plus(settings.debounce()));
            if (sameCard && !goneLongEnough) {
                // Still resting, or back within the debounce time: a flickering "no card" or a hesitant hand.
                absentSince = null;
                return;
            }
            // Put back after a real absence the polls happened to miss, or swapped for another card.
            announceRemoval(false);
        }
        presentNumber = number;
        absentSince = null;
        LOG.log(Level.INFO, "{0}: card read {1}", name, card);
        notifier.fire(card);
    }
}
