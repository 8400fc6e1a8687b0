package org.xiangli.kiosk.staff;

import java.util.Optional;

/**
 * The outcome of a login attempt. An unknown user, a wrong password and a locked account are one outcome,
 * {@link Outcome#REFUSED}, answered alike and at the same cost, so the form tells nobody which user names exist or
 * which are locked.
 */
public record LoginResult(Outcome outcome, Optional<StaffAccount> account) {

    public enum Outcome {
        OK,
        /** Unknown user, wrong password, or an account locked after too many wrong ones. */
        REFUSED,
        /** The right password of a disabled account: only someone who knows the password learns this. */
        DISABLED,
        /** Too many failed logins from this client address lately: refused before any password is checked. */
        THROTTLED
    }

    static LoginResult ok(StaffAccount account) {
        return new LoginResult(Outcome.OK, Optional.of(account));
    }

    static LoginResult failed(Outcome outcome) {
        return new LoginResult(outcome, Optional.empty());
    }
}
