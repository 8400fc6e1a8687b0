package org.xiangli.hal.printer;

import java.util.concurrent.TimeoutException;
import org.xiangli.hal.device.DeviceStatus;

/**
 * A print job's time ran out. It carries the printer's status at that moment: a job that waited for an unplugged
 * printer failed because the printer is offline (离线), which a bare timeout would hide.
 */
public final class PrintTimeoutException extends TimeoutException {

    private final transient DeviceStatus status;

    public PrintTimeoutException(String message, DeviceStatus status) {
        super(message + " (printer " + status.describe() + ")");
        this.status = status;
    }

    /** The printer's status when the time ran out. */
    public DeviceStatus status() {
        return status;
    }
}
