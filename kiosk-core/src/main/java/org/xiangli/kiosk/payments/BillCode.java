package org.xiangli.kiosk.payments;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The QR code printed on a bill: {@code XLBILL:1:<station code>:<bill number>}. It names a bill, not a person,
 * so scanning it shows that bill alone.
 */
public record BillCode(String station, String billNo) {

    static final String PREFIX = "XLBILL:1:";
    private static final Pattern STATION = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final Pattern BILL = Pattern.compile("[A-Za-z0-9-]{1,40}");

    public BillCode {
        if (!STATION.matcher(station).matches() || !BILL.matcher(billNo).matches()) {
            throw new IllegalArgumentException("not a bill code");
        }
    }

    /** The bill named by a scanned text, if it is one (trailing CR/LF from the scanner are ignored). */
    public static Optional<BillCode> parse(String text) {
        if (text == null || text.length() > 100) {
            return Optional.empty();
        }
        String s = text.strip();
        if (!s.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = s.substring(PREFIX.length()).split(":", -1);
        if (parts.length != 2 || !STATION.matcher(parts[0]).matches() || !BILL.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BillCode(parts[0], parts[1]));
    }

    public String text() {
        return PREFIX + station + ":" + billNo;
    }
}
