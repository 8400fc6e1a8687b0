package org.xiangli.hal.device;

import java.time.Duration;

/**
 * How configuration and kioskctl name a device's transport, in one string: {@code tcp:HOST:PORT} for a network
 * printer, a path under {@code /dev/usb/} for a USB printer-class device, any other path for a serial port (USB
 * adapters, CDC-ACM scanners, Pi UARTs and ptys).
 */
public final class LinkAddress {

    private LinkAddress() {
    }

    public static LinkOpener opener(String address, int baud) {
        if (address.startsWith("tcp:")) {
            String hostAndPort = address.substring(4);
            int colon = hostAndPort.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("expected tcp:HOST:PORT, got " + address);
            }
            int port = Integer.parseInt(hostAndPort.substring(colon + 1));
            return StreamLink.tcp(hostAndPort.substring(0, colon), port, Duration.ofSeconds(3));
        }
        if (address.startsWith("/dev/usb/")) {
            return StreamLink.deviceFile(address);
        }
        return SerialLink.opener(address, baud);
    }
}
