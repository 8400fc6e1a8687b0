package org.xiangli.hal.printer;

import org.xiangli.hal.device.DeviceStatus;

/** Nothing was printed: the status before the job said the printer cannot print (paper out, cover open…). */
public final class PrinterNotReadyException extends Exception {

    private final transient DeviceStatus status;

    public PrinterNotReadyException(DeviceStatus status) {
        super(status.reason().chinese() + " / " + status.describe());
        this.status = status;
    }

    public DeviceStatus status() {
        return status;
    }
}
