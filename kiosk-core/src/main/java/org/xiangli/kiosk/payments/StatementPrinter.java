package org.xiangli.kiosk.payments;

import java.util.concurrent.CompletableFuture;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.StatusReason;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.hal.printer.Receipt;

/**
 * Where "打印明细" sends its receipt: the HAL receipt printer on a device, a capture in tests. The future completes
 * normally whatever the printer does: when the statement did not (all) come out, {@link PrintResult#complete()} is
 * false and {@code statusAfter().reason()} says why (缺纸, 开盖, 离线...), which the screen turns into its message.
 */
@FunctionalInterface
public interface StatementPrinter {

    /** No printer wired: nothing prints, and the screen says the printer is not connected. */
    StatementPrinter NONE = receipt -> CompletableFuture.completedFuture(new PrintResult(0,
            DeviceStatus.offline(StatusReason.NOT_CONNECTED, "no receipt printer configured")));

    CompletableFuture<PrintResult> print(Receipt receipt);
}
