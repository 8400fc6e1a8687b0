package org.xiangli.hal.card;

import java.io.IOException;

/** A frame that cannot be trusted: wrong checksum, impossible length, or too short for its kind. */
public final class SamFrameException extends IOException {

    /** What was wrong, for tests and for counting errors. */
    public enum Problem { BAD_PREAMBLE, BAD_LENGTH, BAD_CHECKSUM, TOO_SHORT }

    private final Problem problem;

    public SamFrameException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
