package org.xiangli.kiosk.errands;

import java.time.Instant;
import java.util.List;

/** What a villager's 办件进度 lookup found. */
public sealed interface ErrandLookup {

    /** The person's errands (newest first), or the one on the receipt. */
    record Found(List<ErrandView> errands) implements ErrandLookup {
        public Found {
            errands = List.copyOf(errands);
        }
    }

    /** No errand for this person or code. */
    record NoneFound() implements ErrandLookup {
    }

    /** The scanned code is not an errand receipt's. */
    record NotAnErrand() implements ErrandLookup {
    }

    /** A receipt of another station. */
    record OtherStation() implements ErrandLookup {
    }

    /** A typed ID number that cannot be one. */
    record InvalidNumber() implements ErrandLookup {
    }

    /** The check code does not match; {@code attemptsLeft} before the number locks. */
    record NoMatch(int attemptsLeft) implements ErrandLookup {
    }

    /** Too many wrong check codes for this number. */
    record Locked(Instant until) implements ErrandLookup {
    }
}
