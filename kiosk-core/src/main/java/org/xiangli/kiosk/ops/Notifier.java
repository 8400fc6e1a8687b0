package org.xiangli.kiosk.ops;

import java.io.IOException;

/** Where the kiosk's service-manager notifications ({@code READY=1}, {@code WATCHDOG=1}) go. */
@FunctionalInterface
public interface Notifier {

    void send(String message) throws IOException;
}
