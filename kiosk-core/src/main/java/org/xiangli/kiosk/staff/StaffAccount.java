package org.xiangli.kiosk.staff;

import java.time.Instant;

/**
 * A staff console account as listed (never with its password hash).
 *
 * @param sessionEpoch grows with every change that ends the account's sessions (disabled, password reset, role
 *                     changed); a session opened at another value is over
 */
public record StaffAccount(String username, StaffRole role, boolean disabled, int failedLogins, Instant lockedUntil,
                           Instant createdAt, long sessionEpoch) {

    /** Usernames are short, ASCII and typable on a phone: letters, digits, '.', '-', '_'. */
    public static boolean isValidUsername(String name) {
        return name != null && name.matches("[A-Za-z0-9._-]{2,32}");
    }
}
