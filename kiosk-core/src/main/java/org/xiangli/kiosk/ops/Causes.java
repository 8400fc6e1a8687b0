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
        // The first cause along the chain whose kind says what happened (the HTTP client wraps a refused connection
        // as a ConnectException around a ClosedChannelException, neither with a message).
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String known = known(t);
            if (known != null) {
                return known;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }

    private static String known(Throwable t) {
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
            default -> null;
        };
    }

    private static String detail(String message) {
        return message == null || message.isBlank() ? "" : ": " + message;
    }
}
