package org.xiangli.kiosk.payments;

import java.util.concurrent.CompletableFuture;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.StatusReason;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.hal.printer.PrinterNotReadyException;
import org.xiangli.hal.printer.Receipt;

/**
 * Where "打印明细" sends its receipt: the HAL receipt printer on a device, a capture in tests. The future fails
 * with the HAL's exceptions (paper out, not ready, timeout), which the screen turns into 缺纸 / 故障:
 * {@link org.xiangli.hal.printer.PrintFailure#of(Throwable)} names each, and {@link PrintResult#failure()} names
 * what cut a printed statement short.
 */
@FunctionalInterface
public interface StatementPrinter {

    /** No printer wired: nothing prints, and the screen says the printer is offline (not connected). */
    StatementPrinter NONE = receipt -> CompletableFuture.failedFuture(new PrinterNotReadyException(
            DeviceStatus.offline(StatusReason.NOT_CONNECTED, "no receipt printer configured")));

    CompletableFuture<PrintResult> print(Receipt receipt);
}
