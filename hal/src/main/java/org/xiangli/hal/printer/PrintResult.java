package org.xiangli.hal.printer;

import org.xiangli.hal.device.DeviceState;
import org.xiangli.hal.device.DeviceStatus;

/**
 * A finished print job: the bytes were sent, and the printer's status afterwards. When paper ran out or the cover
 * opened during the job the receipt may be incomplete: {@link #complete()} says so and the status says why.
 */
public record PrintResult(int bytesSent, DeviceStatus statusAfter) {

    public boolean complete() {
        return statusAfter.state() == DeviceState.ONLINE || statusAfter.state() == DeviceState.BUSY;
    }
}
