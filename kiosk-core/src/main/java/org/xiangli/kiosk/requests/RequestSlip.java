package org.xiangli.kiosk.requests;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.xiangli.hal.printer.Receipt;
import org.xiangli.kiosk.i18n.Messages;

/** The slip a villager takes after leaving a request: number, check code, topic and a QR to read the answer. */
public final class RequestSlip {

    private RequestSlip() {
    }

    public static Receipt of(Request request, RequestCode code, Messages messages, String stationName,
                             ZonedDateTime printedAt) {
        return Receipt.builder()
                .title(messages.get("request.slip.title"))
                .text(stationName)
                .separator()
                .keyValue(messages.get("request.number"), request.number())
                .keyValue(messages.get("request.checkCode"), request.checkCode())
                .keyValue(messages.get("request.topic"), messages.get(request.topic().messageKey()))
                .separator()
                .text(messages.get("request.slip.howToCheck"))
                .qr(code.text(), 240)
                .text(messages.get("request.slip.printedAt", printedAt.format(
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))))
                .feed(3)
                .partialCut()
                .build();
    }
}
