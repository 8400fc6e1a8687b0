package org.xiangli.kiosk.payments;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.payments.model.PaymentItem;
import org.xiangli.kiosk.payments.model.PaymentRecord;
import org.xiangli.kiosk.payments.model.PaymentStatus;

/**
 * How records are worded, the same on the screen and on the printed statement: an item's sums by status (已缴 and
 * 待缴 apart, never one 合计 adding money paid to money owed), months as 2026年10月 like the dates, and which date a
 * date is (缴费日期, 应缴截止, 发放日期).
 */
public final class RecordWording {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private RecordWording() {
    }

    /** "医疗保险　已缴 760.00 元　待缴 380.00 元". */
    public static String groupTitle(Messages messages, PaymentItem item, List<PaymentRecord> records) {
        return messages.get(item.messageKey()) + "\u3000" + String.join("\u3000", sums(messages, records));
    }

    /** One sum a status the records have, in the order 已缴, 待缴, 已发放, 发放失败. */
    public static List<String> sums(Messages messages, List<PaymentRecord> records) {
        Map<PaymentStatus, Long> by = new EnumMap<>(PaymentStatus.class);
        for (PaymentRecord r : records) {
            by.merge(r.status(), r.amountFen(), Long::sum);
        }
        List<String> out = new ArrayList<>();
        by.forEach((status, fen) -> out.add(messages.get("payments.sum." + status.code(), PaymentRecord.yuan(fen))));
        return out;
    }

    /**
     * The period a record is for: "2026-10" as 2026年10月, "2026" as 2026年; anything else (a quarter, a month 13) as
     * the ledger wrote it, never an error: the period comes from the payments service.
     */
    public static String period(Messages messages, String period) {
        Matcher m = MONTH.matcher(period);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return messages.get("payments.month", m.group(1), String.valueOf(month));
            }
        }
        if (YEAR.matcher(period).matches()) {
            return messages.get("payments.year", period);
        }
        return period;
    }

    /** "缴费日期：2026年10月5日", "应缴截止：…", "发放日期：…": the record's date, saying which date it is. */
    public static String dateLine(Messages messages, PaymentRecord r) {
        return messages.get("payments.record.date." + r.status().code(), messages.date(r.date()));
    }
}
