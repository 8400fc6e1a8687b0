package org.xiangli.kiosk.ops;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import javax.net.ssl.SSLException;

/**
 * A failure's cause in words for a technician: many JDK exceptions carry no message (a refused connection is a
 * {@code ConnectException} whose message is null) or only a file name ({@code NoSuchFileException}), which printed
 * as "failed: null" or a bare "publisher.pub".
 */
public final class Causes {

    private Causes() {
    }

    public static String describe(Throwable failure) {
        Throwable t = failure;
        // The HTTP client wraps the cause that says what happened.
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null
                || t.getMessage().equals(String.valueOf(t.getCause())))) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return switch (t) {
            case UnknownHostException e -> "unknown host " + (message == null ? "" : message)
                    + " (check the address, the network and DNS)";
            case UnresolvedAddressException e -> "the host name cannot be resolved (check the address, the network "
                    + "and DNS)";
            case HttpConnectTimeoutException e -> "no connection within the time limit (no network, or the server "
                    + "is down)";
            case HttpTimeoutException e -> "no answer within the time limit";
            case ConnectException e -> "connection refused or failed" + detail(message)
                    + " (is the server up, the address and port right, the network connected?)";
            case NoRouteToHostException e -> "no route to the host (no network?)";
            case SSLException e -> "TLS failed" + detail(message);
            case NoSuchFileException e -> (message == null ? "" : message + ": ") + "no such file";
            case AccessDeniedException e -> (message == null ? "" : message + ": ") + "permission denied";
            default -> message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
        };
    }

    private static String detail(String message) {
        return message == null || message.isBlank() ? "" : ": " + message;
    }
}
