package org.xiangli.hal.printer;

import org.xiangli.hal.device.DeviceStatus;

/**
 * Nothing was printed: the status before the job said the printer cannot print. {@link #reason()} says why
 * (缺纸 paper out, 开盖 cover open, 离线 offline, 无响应 not responding, 故障 fault).
 */
public final class PrinterNotReadyException extends Exception {

    private final transient DeviceStatus status;

    public PrinterNotReadyException(DeviceStatus status) {
        super(status.reason().chinese() + " / " + status.describe());
        this.status = status;
    }

    public DeviceStatus status() {
        return status;
    }

    public PrintFailure reason() {
        // Only a status the printer cannot print in gets here; one that claims otherwise is taken as offline.
        return PrintFailure.of(status).orElse(PrintFailure.OFFLINE);
    }
}
