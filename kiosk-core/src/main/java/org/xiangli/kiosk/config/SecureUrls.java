package org.xiangli.kiosk.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which service addresses may carry personal data: HTTPS, or plain HTTP to this machine's own loopback (where nothing
 * crosses a wire; tests and a local relay use it). An ID number or a bearer token never travels in clear on a LAN.
 */
public final class SecureUrls {

    private SecureUrls() {
    }

    /** {@code https://host/...}, or {@code http://} to 127.0.0.0/8, {@code [::1]} or {@code localhost}. */
    public static boolean isHttpsOrLoopback(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        String host = uri.getHost();
        if (host == null || uri.getScheme() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || (scheme.equals("http") && isLoopback(host));
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses: a name would be looked up, and a resolver is not ours to trust.
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
