package org.xiangli.kiosk;

import java.lang.System.Logger.Level;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Objects;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.queue.Ticket;
import org.xiangli.kiosk.queue.TicketCodes;

/**
 * The links a ticket's QR carries to its phone status page ({@code BASE/t/CODE}, served by the staff console): the
 * base is {@code staff.public_url} as set, or {@code http://} this kiosk's LAN address and the console's port (plain
 * HTTP: the phone page answers there even with TLS on, see StaffServer). Thread-safe.
 */
final class PhoneLinks {

    private static final System.Logger LOG = System.getLogger(PhoneLinks.class.getName());
    private static final String PATH = "/t/";

    private final KioskConfig.Staff staff;
    private final TicketCodes codes;
    /** Found when the console starts, or at the first link before that; null until then. */
    private volatile String base;

    PhoneLinks(KioskConfig.Staff staff, TicketCodes codes) {
        this.staff = Objects.requireNonNull(staff, "staff");
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    /** The link a ticket's QR carries. */
    String of(Ticket ticket) {
        return base() + PATH + codes.codeOf(ticket);
    }

    /** The console took {@code port} (port 0 in scenarios and tests takes a free one): the links name it. */
    void consoleStarted(int port) {
        base = base(staff, port);
    }

    /** Derives the codes' key now (after the first frame), so the first ticket does not. */
    void warmUp() {
        codes.warmUp();
    }

    /**
     * Not found in the constructor: listing the network interfaces took 20-40 ms of the start's path (issue 18),
     * and the console, which starts after the first frame, usually finds it before the first ticket.
     */
    private String base() {
        String found = base;
        if (found == null) {
            found = base(staff, staff.port());
            base = found;
        }
        return found;
    }

    static String base(KioskConfig.Staff staff, int port) {
        if (!staff.publicUrl().isEmpty()) {
            return staff.publicUrl().replaceAll("/+$", "");
        }
        return "http://" + lanAddress() + ":" + port;
    }

    /** The first IPv4 address of an interface that is up and not loopback (a station LAN's); else loopback. */
    private static String lanAddress() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback() || nic.isVirtual()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
                        return address.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            LOG.log(Level.WARNING, "cannot list network interfaces for the ticket phone links: {0}",
                    e.getMessage());
        }
        return "127.0.0.1";
    }
}
