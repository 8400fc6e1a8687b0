package org.xiangli.kiosk.ui;

import java.util.Optional;
import org.xiangli.hal.device.StatusReason;
import org.xiangli.kiosk.i18n.Messages;

/** What a page says about the receipt printer, from the reason the device model gives. */
public final class PrinterReasons {

    private PrinterReasons() {
    }

    /**
     * The words for {@code reason} (打印机缺纸, 打印纸即将用完, 打印机盖未关好, 打印机离线) when it is one that someone at
     * the station can act on; empty for the rest, which the page's general "打印机故障" text covers.
     */
    public static Optional<String> text(Messages messages, StatusReason reason) {
        String key = "printer.reason." + reason.name();
        return messages.has(key) ? Optional.of(messages.get(key)) : Optional.empty();
    }
}
