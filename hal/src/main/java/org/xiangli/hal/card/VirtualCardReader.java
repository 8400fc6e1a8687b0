package org.xiangli.hal.card;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.xiangli.hal.device.Backoff;
import org.xiangli.hal.device.Deadline;
import org.xiangli.hal.device.DeviceLoop;
import org.xiangli.hal.device.DeviceNotifier;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.Link;
import org.xiangli.hal.device.LinkOpener;
import org.xiangli.hal.device.StatusReason;

/**
 * A simulated ID-card reader speaking the SAM protocol on a link (the device end of a pty pair, or a pipe). Demo
 * mode and technician training place and remove {@link DemoIdentities} cards on it; tests also switch on faults.
 * It reopens its link after an unplug like the real driver does.
 */
public final class VirtualCardReader implements AutoCloseable {

    private static final Logger LOG = System.getLogger(VirtualCardReader.class.getName());
    private static final int PHOTO_LENGTH = 1024;

    /** Faults a technician can rehearse. */
    public enum Fault {
        NONE,
        /** The card lies there but the antenna does not see it: find answers "no card". */
        NO_CARD,
        /** Replies go out with a wrong checksum. */
        BAD_CHECKSUM,
        /** The card is found and selected, but reading it fails (status 0x41). */
        READ_FAILURE,
        /** The reader stays silent, as when powered off behind a live USB adapter. */
        SILENT
    }

    private final DeviceLoop loop;
    private final AtomicInteger unknownRequests = new AtomicInteger();
    private final AtomicInteger findRequests = new AtomicInteger();
    private volatile IdentityCard card;
    private volatile Fault fault = Fault.NONE;
    private volatile Integer forcedReadStatus;
    private volatile Integer forcedSamStatus;

    public VirtualCardReader(String name, LinkOpener opener) {
        Objects.requireNonNull(opener, "opener");
        DeviceNotifier<Void> notifier = new DeviceNotifier<>("virtual card reader " + name,
                DeviceStatus.offline(StatusReason.NOT_CONNECTED, "not started"));
        this.loop = new DeviceLoop("virtual card reader " + name, opener,
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(500)), notifier, this::serve);
    }

    public void start() {
        loop.start();
    }

    public void placeCard(IdentityCard placed) {
        card = Objects.requireNonNull(placed, "card");
    }

    public void removeCard() {
        card = null;
    }

    /** The card lying on the reader now, if any (the devices panel shows it). */
    public java.util.Optional<IdentityCard> placedCard() {
        return java.util.Optional.ofNullable(card);
    }

    public void setFault(Fault next) {
        fault = Objects.requireNonNull(next, "fault");
    }

    /** Makes reads answer with this SW3 code (any byte, documented or not); null restores normal reads. */
    public void forceReadStatus(Integer statusCode) {
        forcedReadStatus = statusCode;
    }

    /** Makes SAM status requests answer with this SW3 code; null restores 0x90. */
    public void forceSamStatus(Integer statusCode) {
        forcedSamStatus = statusCode;
    }

    /** Requests this reader did not understand, for technicians checking a driver. */
    public int unknownRequests() {
        return unknownRequests.get();
    }

    /** How many "find card" polls were answered: lets a trainer (or a test) see the driver is polling. */
    public int findRequests() {
        return findRequests.get();
    }

    @Override
    public void close() {
        loop.close();
    }

    private void serve(Link link) throws IOException, InterruptedException {
        SamFrameReader reader = new SamFrameReader(link);
        while (!loop.isStopped()) {
            SamFrame request;
            try {
                request = reader.read(Deadline.after(Duration.ofMillis(500)));
            } catch (TimeoutException e) {
                continue;
            } catch (SamFrameException e) {
                LOG.log(Level.INFO, "bad request frame: {0}", e.getMessage());
                int code = e.problem() == SamFrameException.Problem.BAD_CHECKSUM
                        ? SamStatus.CHECKSUM_ERROR.code() : SamStatus.LENGTH_ERROR.code();
                send(link, SamFrame.reply(code));
                continue;
            }
            SamFrame reply = answer(request.body());
            if (reply != null) {
                send(link, reply);
            }
        }
    }

    private SamFrame answer(byte[] body) {
        if (fault == Fault.SILENT) {
            return null;
        }
        SamCommand command = body.length >= 2 ? SamCommand.of(body[0] & 0xFF, body[1] & 0xFF) : null;
        if (command == null) {
            unknownRequests.incrementAndGet();
            return SamFrame.reply(SamStatus.BAD_COMMAND.code());
        }
        IdentityCard present = fault == Fault.NO_CARD ? null : card;
        return switch (command) {
            case RESET_SAM -> SamFrame.reply(SamStatus.OK.code());
            case SAM_STATUS -> SamFrame.reply(forcedSamStatus != null ? forcedSamStatus : SamStatus.OK.code());
            case FIND_CARD -> found(present);
            case SELECT_CARD -> SamFrame.reply(present == null ? SamStatus.SELECT_FAILED.code() : SamStatus.OK.code());
            case READ_TEXT_AND_PHOTO, READ_TEXT_PHOTO_FINGERPRINT -> readReply(present);
        };
    }

    private SamFrame found(IdentityCard present) {
        findRequests.incrementAndGet();
        return SamFrame.reply(present == null ? SamStatus.NO_CARD.code() : SamStatus.CARD_FOUND.code());
    }

    private SamFrame readReply(IdentityCard present) {
        if (forcedReadStatus != null) {
            return SamFrame.reply(forcedReadStatus);
        }
        if (fault == Fault.READ_FAILURE) {
            return SamFrame.reply(SamStatus.READ_FAILED.code());
        }
        if (present == null) {
            return SamFrame.reply(SamStatus.NO_CARD.code());
        }
        byte[] text = IdentityText.encode(present);
        // The photo is WLT data only a vendor library decodes: a blank one of the right size keeps lengths honest.
        byte[] data = new byte[4 + text.length + PHOTO_LENGTH];
        data[0] = (byte) (text.length >> 8);
        data[1] = (byte) text.length;
        data[2] = (byte) (PHOTO_LENGTH >> 8);
        data[3] = (byte) PHOTO_LENGTH;
        System.arraycopy(text, 0, data, 4, text.length);
        return SamFrame.reply(SamStatus.OK.code(), data);
    }

    private void send(Link link, SamFrame reply) throws IOException {
        byte[] bytes = reply.encode();
        if (fault == Fault.BAD_CHECKSUM) {
            bytes[bytes.length - 1] ^= 0x5A;
        }
        link.write(bytes);
    }
}
