package org.xiangli.kiosk.staff.web;

import org.xiangli.kiosk.i18n.Messages;

/**
 * What every staff page's frame needs: the staff's language, the station's name, the session's CSRF token (null on
 * pages without a session) and, for pages with a script, every {@code web.*} string as JSON.
 */
record Frame(Messages messages, String station, String csrf, String i18n) {

    /** A bundle string; the template escapes it where it puts it. */
    String t(String key, Object... args) {
        return messages.get(key, args);
    }

    /** {@code zh-CN} or {@code en}: the page's {@code lang}, so screen readers and fonts pick the right glyphs. */
    String lang() {
        return messages.locale().toLanguageTag();
    }
}
