package org.xiangli.kiosk.ui;

import java.util.Optional;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.kiosk.i18n.Messages;

/** What a page says about the receipt printer, from the typed failure the HAL gives. */
public final class PrinterReasons {

    private PrinterReasons() {
    }

    /**
     * The words for {@code failure} (打印机缺纸, 打印机盖未关好, 打印机离线, 打印机无响应, 打印机故障) when the bundle has
     * them; empty for the rest (a job that timed out, a receipt no printer could print), which the page's general
     * "打印机故障" text covers.
     */
    public static Optional<String> text(Messages messages, PrintFailure failure) {
        String key = "printer.failure." + failure.name();
        return messages.has(key) ? Optional.of(messages.get(key)) : Optional.empty();
    }
}
