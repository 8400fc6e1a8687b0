package org.xiangli.hal.card;

import java.util.Arrays;

/** A reply body: SW1 SW2, the SW3 status code, and the data after it. */
public record SamReply(int sw1, int sw2, int statusCode, byte[] data) {

    public SamReply {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** @throws SamFrameException when the body is shorter than the three status bytes */
    public static SamReply of(SamFrame frame) throws SamFrameException {
        byte[] body = frame.body();
        if (body.length < 3) {
            throw new SamFrameException(SamFrameException.Problem.TOO_SHORT, "reply body of " + body.length + " bytes");
        }
        return new SamReply(body[0] & 0xFF, body[1] & 0xFF, body[2] & 0xFF, Arrays.copyOfRange(body, 3, body.length));
    }

    /** The documented status, or null for an undocumented code. */
    public SamStatus status() {
        return SamStatus.of(statusCode);
    }

    public boolean is(SamStatus expected) {
        return statusCode == expected.code();
    }
}
