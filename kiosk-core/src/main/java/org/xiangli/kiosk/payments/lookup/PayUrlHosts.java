package org.xiangli.kiosk.payments.lookup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hosts a pay URL may point to ({@code payments.pay_url_hosts}). A pay URL becomes a QR code the villager
 * scans with a phone and pays through: one that leads anywhere else — a service answer altered on the way, a
 * misconfigured or compromised service — must never reach the screen.
 */
public record PayUrlHosts(Set<String> hosts) {

    public PayUrlHosts {
        hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static PayUrlHosts of(List<String> hosts) {
        return new PayUrlHosts(Set.copyOf(hosts));
    }

    /** An {@code https://} URL, without user info, to exactly one of the hosts (no subdomains, no other port). */
    public boolean allows(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getRawUserInfo() == null
                    && uri.getHost() != null && uri.getPort() == -1
                    && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
