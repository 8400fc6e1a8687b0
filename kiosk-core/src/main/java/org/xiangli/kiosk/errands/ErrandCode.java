package org.xiangli.kiosk.errands;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an errand receipt's QR says: {@code XLERRAND:1:STATION:NUMBER:CHECK} — the station that took it, the
 * errand's number and its four-digit check code (without it a number alone, easy to guess, shows nothing).
 */
public record ErrandCode(String station, String number, String checkCode) {

    static final String PREFIX = "XLERRAND:1:";
    private static final Pattern FORM = Pattern.compile("XLERRAND:1:([A-Za-z0-9-]{1,32}):([0-9]{6,12}):([0-9]{4})");

    public String text() {
        return PREFIX + station + ":" + number + ":" + checkCode;
    }

    /** The code in {@code scanned}, or empty for anything else (a scanner reads whatever is held under it). */
    public static Optional<ErrandCode> parse(String scanned) {
        if (scanned == null || scanned.length() > 100) {
            return Optional.empty();
        }
        var m = FORM.matcher(scanned.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ErrandCode(m.group(1), m.group(2), m.group(3)));
    }

    /** Whether {@code scanned} looks like an errand code at all (so another feature's code is left alone). */
    public static boolean looksLikeOne(String scanned) {
        return scanned != null && scanned.strip().startsWith("XLERRAND:");
    }
}
