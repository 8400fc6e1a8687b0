package org.xiangli.kiosk.payments;

import org.xiangli.kiosk.payments.model.Payer;
import org.xiangli.kiosk.payments.model.PaymentItem;
import org.xiangli.kiosk.payments.model.PaymentRecord;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.xiangli.hal.printer.Receipt;
import org.xiangli.kiosk.i18n.Messages;

/**
 * The printed statement (打印明细): masked name and number, records grouped by item with 已缴 and 待缴 sums, newest
 * first, each with which date it is.
 * Paper leaves the station, so it carries nothing the screen would not show a passer-by.
 */
public final class StatementReceipt {

    private StatementReceipt() {
    }

    public static Receipt of(Payer payer, Messages messages, String stationName, ZonedDateTime printedAt) {
        Receipt.Builder b = Receipt.builder()
                .title(messages.get("payments.statement.title"))
                .text(stationName)
                .separator()
                .keyValue(messages.get("payments.name"), payer.maskedName())
                .keyValue(messages.get("payments.idNumber"), payer.idNumber().masked())
                .separator('=');
        for (Map.Entry<PaymentItem, List<PaymentRecord>> group : RecordGroups.of(payer.records()).entrySet()) {
            // As on the screen: the item, then 已缴 and 待缴 apart (never one 合计 of paid and owed).
            b.text(messages.get(group.getKey().messageKey()));
            for (String sum : RecordWording.sums(messages, group.getValue())) {
                b.text("  " + sum);
            }
            for (PaymentRecord r : group.getValue()) {
                b.keyValue(RecordWording.period(messages, r.period()) + " " + messages.get(r.status().messageKey()),
                        messages.get("payments.amount", PaymentRecord.yuan(r.amountFen())));
                b.text("  " + RecordWording.dateLine(messages, r));
            }
            b.separator();
        }
        return b.text(messages.get("payments.statement.printedAt",
                        printedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))))
                .feed(3)
                .partialCut()
                .build();
    }
}
