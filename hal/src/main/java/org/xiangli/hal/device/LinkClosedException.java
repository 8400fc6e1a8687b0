package org.xiangli.hal.device;

import java.io.IOException;

/** The link is closed or its device went away (unplugged, powered off, socket reset). Drivers reconnect. */
public final class LinkClosedException extends IOException {

    public LinkClosedException(String message) {
        super(message);
    }

    public LinkClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
