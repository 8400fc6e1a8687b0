package org.xiangli.kiosk.queue;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.xiangli.hal.printer.Align;
import org.xiangli.hal.printer.Receipt;
import org.xiangli.hal.printer.TextSize;
import org.xiangli.kiosk.i18n.Messages;

/** The paper ticket: station, service, the number large, windows, people ahead, wait, time and a QR. */
public final class TicketReceiptLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** QR width in printer dots (30 mm at 8 dots/mm): fits 58 mm paper, easy for a phone to read. */
    private static final int QR_DOTS = 240;

    private final Messages messages;

    public TicketReceiptLayout(Messages messages) {
        this.messages = messages;
    }

    public Receipt layout(TicketReceipt t) {
        String windows = t.windows().stream().map(String::valueOf).collect(Collectors.joining("、"));
        Receipt.Builder b = Receipt.builder()
                .title(t.stationName())
                .separator()
                .text(t.serviceLetter() + " " + t.serviceName(), TextSize.LARGE, true, Align.CENTER)
                .text(messages.get("queue.yourNumber"), TextSize.NORMAL, false, Align.CENTER)
                .text(t.number(), TextSize.HUGE, true, Align.CENTER);
        if (t.priority()) {
            b.text(messages.get("queue.priorityLane"), TextSize.NORMAL, true, Align.CENTER);
        }
        return b.separator()
                .text(messages.get("queue.goToWindows", windows))
                .text(messages.get("queue.peopleAhead", t.peopleAhead()))
                .text(messages.get("queue.estimatedWait", t.estimatedWaitMinutes()))
                .text(messages.get("queue.issuedAt", TIME.format(t.issuedAt())))
                .qr(t.qrText(), QR_DOTS)
                .text(messages.get("queue.scanToFollow"), TextSize.NORMAL, false, Align.CENTER)
                .feed(2)
                .cut()
                .build();
    }
}
