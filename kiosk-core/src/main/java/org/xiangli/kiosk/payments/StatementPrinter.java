package org.xiangli.kiosk.payments;

import java.util.concurrent.CompletableFuture;
import org.xiangli.hal.printer.PrintResult;
import org.xiangli.hal.printer.Receipt;

/**
 * Where "打印明细" sends its receipt: the HAL receipt printer on a device, a capture in tests. The future fails
 * with the HAL's exceptions (paper out, not ready, timeout), which the screen turns into 缺纸 / 故障.
 */
@FunctionalInterface
public interface StatementPrinter {

    CompletableFuture<PrintResult> print(Receipt receipt);
}
