package org.xiangli.kiosk.requests;

import java.util.Optional;
import java.util.regex.Pattern;

/** What a request slip's QR says: {@code XLREQ:1:STATION:NUMBER:CHECK}. */
public record RequestCode(String station, String number, String checkCode) {

    private static final Pattern FORM = Pattern.compile("XLREQ:1:([A-Za-z0-9-]{1,32}):([0-9]{6,12}):([0-9]{4})");

    public String text() {
        return "XLREQ:1:" + station + ":" + number + ":" + checkCode;
    }

    public static Optional<RequestCode> parse(String scanned) {
        if (scanned == null || scanned.length() > 100) {
            return Optional.empty();
        }
        var m = FORM.matcher(scanned.strip());
        return m.matches() ? Optional.of(new RequestCode(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }
}
