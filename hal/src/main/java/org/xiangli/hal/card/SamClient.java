package org.xiangli.hal.card;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import org.xiangli.hal.device.Deadline;
import org.xiangli.hal.device.Link;

/** One request, one reply, on a link to a SAM reader. Stale bytes from an earlier timeout are dropped first. */
public final class SamClient {

    private final Link link;
    private final SamFrameReader reader;

    public SamClient(Link link) {
        this.link = link;
        this.reader = new SamFrameReader(link);
    }

    /**
     * @throws SamFrameException when the reply is garbled (its remains are discarded)
     * @throws TimeoutException when no reply came within {@code timeout}
     */
    public SamReply transact(SamCommand command, Duration timeout) throws IOException, TimeoutException {
        link.discardInput();
        link.write(SamFrame.request(command).encode());
        try {
            return SamReply.of(reader.read(Deadline.after(timeout)));
        } catch (SamFrameException e) {
            link.discardInput();
            throw e;
        }
    }

    /**
     * Reads the card: its text block decoded, photo and fingerprint ignored (they need a vendor decoder).
     *
     * @throws CardReadException when the reader answers with an error status or a reply too short for its lengths
     */
    public IdentityCard readCard(Duration timeout) throws IOException, TimeoutException, CardReadException {
        SamReply reply = transact(SamCommand.READ_TEXT_AND_PHOTO, timeout);
        if (!reply.is(SamStatus.OK)) {
            throw new CardReadException(reply.statusCode());
        }
        byte[] data = reply.data();
        if (data.length < 4) {
            throw new CardReadException("read reply without block lengths");
        }
        int textLength = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
        if (textLength < IdentityText.LENGTH || 4 + textLength > data.length) {
            throw new CardReadException("text block length " + textLength + " in a reply of " + data.length + " bytes");
        }
        byte[] text = Arrays.copyOfRange(data, 4, 4 + textLength);
        try {
            return IdentityText.decode(text);
        } catch (CardDataException e) {
            throw new CardReadException("card data invalid: " + e.getMessage());
        }
    }
}
