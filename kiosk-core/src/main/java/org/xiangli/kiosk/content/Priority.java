package org.xiangli.kiosk.content;

import java.util.Locale;

/** Urgent items show in a banner on every page; pinned items stay on top of their list. */
public enum Priority {
    URGENT, PINNED, NORMAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Priority ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
