package org.xiangli.kiosk.staff;

import java.time.Instant;
import java.util.Optional;

/** The outcome of a login attempt. The console shows the same message for an unknown user and a wrong password. */
public record LoginResult(Outcome outcome, Optional<StaffAccount> account, Optional<Instant> lockedUntil) {

    public enum Outcome { OK, WRONG_PASSWORD, LOCKED, DISABLED }

    static LoginResult ok(StaffAccount account) {
        return new LoginResult(Outcome.OK, Optional.of(account), Optional.empty());
    }

    static LoginResult failed(Outcome outcome) {
        return new LoginResult(outcome, Optional.empty(), Optional.empty());
    }

    static LoginResult locked(Instant until) {
        return new LoginResult(Outcome.LOCKED, Optional.empty(), Optional.of(until));
    }
}
