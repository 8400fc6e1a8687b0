package org.xiangli.kiosk.staff;

import java.time.Instant;

/**
 * A logged-in console: who, with which role, at which window, and the CSRF token every change must carry.
 *
 * @param accountEpoch the account's {@link StaffAccount#sessionEpoch} when the session opened
 */
public record StaffSession(String token, String username, StaffRole role, int window, String csrfToken,
                           Instant expires, long accountEpoch) {

    public boolean isAdmin() {
        return role == StaffRole.ADMIN;
    }
}
