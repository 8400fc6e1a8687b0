package org.xiangli.kiosk.errands;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.xiangli.hal.printer.Receipt;
import org.xiangli.kiosk.i18n.Messages;

/**
 * The receipt the villager takes home (代办回执): errand number, check code, masked name, the service and the
 * promised date, and a QR the kiosk's scanner reads for 办件进度. Nothing a passer-by should not see.
 */
public final class ErrandReceipt {

    /** Dots wide of the QR: big enough for a worn receipt under a cheap scanner. */
    static final int QR_DOTS = 240;

    private ErrandReceipt() {
    }

    public static Receipt of(ErrandView view, ErrandCode code, Messages messages, String stationName,
                             ZonedDateTime printedAt) {
        Errand e = view.errand();
        return Receipt.builder()
                .title(messages.get("errand.receipt.title"))
                .text(stationName)
                .separator()
                .keyValue(messages.get("errand.number"), e.number())
                .keyValue(messages.get("errand.checkCode"), e.checkCode())
                .keyValue(messages.get("errand.name"), view.maskedName())
                .keyValue(messages.get("errand.service"), e.service())
                .keyValue(messages.get("errand.promised"), messages.date(e.promised()))
                .separator()
                .text(messages.get("errand.receipt.howToCheck"))
                .qr(code.text(), QR_DOTS)
                .text(messages.get("errand.receipt.printedAt", printedAt.format(
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))))
                .feed(3)
                .partialCut()
                .build();
    }
}
