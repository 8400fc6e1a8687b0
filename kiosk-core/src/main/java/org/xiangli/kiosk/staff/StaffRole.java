package org.xiangli.kiosk.staff;

import java.util.Locale;

/** staff: works a window; admin: also statistics and settings. */
public enum StaffRole {
    STAFF, ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StaffRole fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
