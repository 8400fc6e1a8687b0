package org.xiangli.hal.printer;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xiangli.hal.device.LinkOpener;
import org.xiangli.hal.device.SerialLink;
import org.xiangli.hal.device.StreamLink;

/**
 * Where the receipt printer is, as configuration and kioskctl write it: {@code serial:/dev/PORT[@BAUD]},
 * {@code usb:/dev/usb/lpN}, {@code tcp:HOST:PORT} or {@code none}. It is parsed here and only here, so the kiosk's
 * config, its drivers and kioskctl cannot disagree on what an address means; an address that is built is valid.
 */
public sealed interface PrinterAddress {

    /** The accepted forms, as a technician reads them in an error message. */
    String FORMS = "serial:/dev/PORT[@BAUD], usb:/dev/usb/lpN, tcp:HOST:PORT or none";

    /** The usual speed of ESC/POS printers on a serial line, when the address names none. */
    int DEFAULT_BAUD = 9600;

    /** The form {@link #parse} reads; {@code parse(a.text())} equals {@code a}. */
    String text();

    /** The transport that reaches the printer; empty for {@link None}. */
    Optional<LinkOpener> opener();

    /**
     * Reads an address.
     *
     * @throws InvalidPrinterAddressException for anything that is not one of {@link #FORMS}, saying what is wrong
     */
    static PrinterAddress parse(String text) {
        try {
            return read(text);
        } catch (InvalidPrinterAddressException e) {
            // A record's own check names the address it was given; the technician wrote this text.
            if (e.address().equals(text)) {
                throw e;
            }
            throw new InvalidPrinterAddressException(text, e.reason());
        }
    }

    private static PrinterAddress read(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidPrinterAddressException(String.valueOf(text), "the address is empty");
        }
        if (text.equals("none")) {
            return None.INSTANCE;
        }
        if (text.startsWith(Serial.PREFIX)) {
            String rest = text.substring(Serial.PREFIX.length());
            int at = rest.lastIndexOf('@');
            if (at < 0) {
                return new Serial(rest, DEFAULT_BAUD);
            }
            return new Serial(rest.substring(0, at), Serial.baud(text, rest.substring(at + 1)));
        }
        if (text.startsWith(Usb.PREFIX)) {
            return new Usb(text.substring(Usb.PREFIX.length()));
        }
        if (text.startsWith(Tcp.PREFIX)) {
            String rest = text.substring(Tcp.PREFIX.length());
            int colon = rest.lastIndexOf(':');
            if (colon < 0) {
                throw new InvalidPrinterAddressException(text, "a network printer needs HOST:PORT");
            }
            return new Tcp(rest.substring(0, colon), Tcp.port(text, rest.substring(colon + 1)));
        }
        throw new InvalidPrinterAddressException(text, "");
    }

    /** An absolute device path with no spaces (and none of {@code forbidden}), as the old config pattern asked. */
    private static void checkPath(String text, String path, String what, String forbidden) {
        if (path == null || path.length() < 2 || path.charAt(0) != '/') {
            throw new InvalidPrinterAddressException(text, what + " needs an absolute device path such as /dev/...");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || forbidden.indexOf(c) >= 0) {
                throw new InvalidPrinterAddressException(text, "the device path may not contain '"
                        + (Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c)) + "'");
            }
        }
    }

    /** A printer on a serial line (USB adapter, Pi UART). */
    record Serial(String path, int baud) implements PrinterAddress {

        static final String PREFIX = "serial:";
        public static final int MIN_BAUD = 300;
        public static final int MAX_BAUD = 4_000_000;

        public Serial {
            // '@' would make the text ambiguous: everything after the last '@' is the baud.
            checkPath(PREFIX + path, path, "a serial printer", "@");
            if (baud < MIN_BAUD || baud > MAX_BAUD) {
                throw new InvalidPrinterAddressException(PREFIX + path + "@" + baud, badBaud(baud));
            }
        }

        @Override
        public String text() {
            return PREFIX + path + (baud == DEFAULT_BAUD ? "" : "@" + baud);
        }

        @Override
        public Optional<LinkOpener> opener() {
            return Optional.of(SerialLink.opener(path, baud));
        }

        private static int baud(String text, String digits) {
            // At most 7 digits, so the number cannot overflow before the range check.
            if (!digits.matches("[0-9]{1,7}")) {
                throw new InvalidPrinterAddressException(text, "the baud rate after '@' must be a number "
                        + MIN_BAUD + "-" + MAX_BAUD);
            }
            return Integer.parseInt(digits);
        }

        private static String badBaud(int baud) {
            return "the baud rate must be " + MIN_BAUD + "-" + MAX_BAUD + ", not " + baud;
        }
    }

    /** A USB printer-class device file, read and written like a file. */
    record Usb(String path) implements PrinterAddress {

        static final String PREFIX = "usb:";

        public Usb {
            checkPath(PREFIX + path, path, "a USB printer", "");
        }

        @Override
        public String text() {
            return PREFIX + path;
        }

        @Override
        public Optional<LinkOpener> opener() {
            return Optional.of(StreamLink.deviceFile(path));
        }
    }

    /** A network printer (raw TCP, usually port 9100). */
    record Tcp(String host, int port) implements PrinterAddress {

        static final String PREFIX = "tcp:";
        /** Long enough for a printer on the station LAN, short enough that a driver notices an absent one. */
        static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
        // Names and IPv4 addresses; no IPv6 literals (their colons would clash with the port's).
        private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_.-]{1,253}");

        public Tcp {
            Objects.requireNonNull(host, "host");
            if (!HOST.matcher(host).matches()) {
                throw new InvalidPrinterAddressException(PREFIX + host + ":" + port,
                        "the host must be a name or an IPv4 address (letters, digits, '.', '-', '_')");
            }
            if (port < 1 || port > 65535) {
                throw new InvalidPrinterAddressException(PREFIX + host + ":" + port,
                        "the TCP port must be 1-65535, not " + port);
            }
        }

        @Override
        public String text() {
            return PREFIX + host + ":" + port;
        }

        @Override
        public Optional<LinkOpener> opener() {
            return Optional.of(StreamLink.tcp(host, port, CONNECT_TIMEOUT));
        }

        private static int port(String text, String digits) {
            if (!digits.matches("[0-9]{1,5}")) {
                throw new InvalidPrinterAddressException(text, "the TCP port after the last ':' must be a number "
                        + "1-65535");
            }
            return Integer.parseInt(digits);
        }
    }

    /** No printer: tickets and statements show on screen only. */
    record None() implements PrinterAddress {

        public static final None INSTANCE = new None();

        @Override
        public String text() {
            return "none";
        }

        @Override
        public Optional<LinkOpener> opener() {
            return Optional.empty();
        }
    }
}
