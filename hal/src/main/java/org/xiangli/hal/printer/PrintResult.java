package org.xiangli.hal.printer;

import java.util.Optional;
import org.xiangli.hal.device.DeviceState;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.MediaStatus;

/**
 * A finished print job: the bytes were sent, and the printer's status afterwards. When paper ran out or the cover
 * opened during the job the receipt may be incomplete: {@link #complete()} says so and {@link #failure()} says why.
 */
public record PrintResult(int bytesSent, DeviceStatus statusAfter) {

    public boolean complete() {
        return statusAfter.state() == DeviceState.ONLINE || statusAfter.state() == DeviceState.BUSY;
    }

    /** Why the receipt may be incomplete (缺纸, 开盖… during the job); empty when it is complete. */
    public Optional<PrintFailure> failure() {
        return complete() ? Optional.empty() : PrintFailure.of(statusAfter);
    }

    /** 纸将尽: the paper is running out. The receipt printed; staff should load paper before the next one fails. */
    public boolean paperNearEnd() {
        return statusAfter.media() == MediaStatus.NEAR_END;
    }
}
