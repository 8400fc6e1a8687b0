package org.xiangli.hal.card;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.xiangli.hal.device.Deadline;
import org.xiangli.hal.device.Link;

/**
 * Reads frames from a link: skips noise up to a preamble, reads the 7 header bytes, then exactly the announced
 * length. Line noise before a frame is tolerated; a bad length or checksum is reported, never guessed around.
 */
public final class SamFrameReader {

    private final Link link;

    public SamFrameReader(Link link) {
        this.link = link;
    }

    /**
     * @throws SamFrameException for a bad length or checksum (the rest of the input should be discarded)
     * @throws TimeoutException when no complete frame arrived before the deadline
     * @throws org.xiangli.hal.device.LinkClosedException when the device went away
     */
    public SamFrame read(Deadline deadline) throws IOException, TimeoutException {
        int matched = 0;
        byte[] one = new byte[1];
        while (matched < SamFrame.PREAMBLE.length) {
            deadline.check("waiting for a SAM frame on " + link.name());
            if (link.read(one, 0, 1, deadline.remaining()) == 0) {
                continue;
            }
            if (one[0] == SamFrame.PREAMBLE[matched]) {
                matched++;
            } else if (one[0] == SamFrame.PREAMBLE[0]) {
                // AA AA AA AA 96 69: a fourth AA keeps the last three as a candidate start.
                matched = matched == 3 ? 3 : 1;
            } else {
                matched = 0;
            }
        }
        byte[] lengthBytes = link.readExactly(2, deadline);
        int length = SamFrame.lengthField(lengthBytes[0], lengthBytes[1]);
        return SamFrame.fromLengthAndRest(length, link.readExactly(length, deadline));
    }
}
