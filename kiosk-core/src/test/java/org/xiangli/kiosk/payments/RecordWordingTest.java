package org.xiangli.kiosk.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.payments.model.PaymentItem;
import org.xiangli.kiosk.payments.model.PaymentRecord;
import org.xiangli.kiosk.payments.model.PaymentStatus;

/** Issue 19.9: paid and owed apart, months as 2026年10月, each date saying which it is; odd periods pass through. */
class RecordWordingTest {

    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);

    private static PaymentRecord record(String period, long fen, PaymentStatus status) {
        return new PaymentRecord("B-" + period, PaymentItem.MEDICAL, "户", period, fen, status,
                LocalDate.of(2026, 11, 5), status == PaymentStatus.UNPAID ? "https://pay.example/1" : "");
    }

    @Test
    void paidAndOwedAreSummedApartNeverIntoOneTotal() {
        List<PaymentRecord> medical = List.of(record("2026-10", 38000, PaymentStatus.UNPAID),
                record("2026-09", 38000, PaymentStatus.PAID), record("2026-08", 38000, PaymentStatus.PAID));

        String title = RecordWording.groupTitle(zh, PaymentItem.MEDICAL, medical);

        assertEquals("医疗保险\u3000已缴 760.00 元\u3000待缴 380.00 元", title);
        assertFalse(title.contains("合计"));
        assertEquals("应缴截止：2026年11月5日", RecordWording.dateLine(zh, medical.getFirst()));
        assertEquals("缴费日期：2026年11月5日", RecordWording.dateLine(zh, medical.get(1)));
    }

    @Test
    void monthsReadLikeTheDatesAndAnythingElseAsWritten() {
        assertEquals("2026年10月", RecordWording.period(zh, "2026-10"));
        assertEquals("2026年1月", RecordWording.period(zh, "2026-01"));
        assertEquals("2026年", RecordWording.period(zh, "2026"));
        assertEquals("2026-13", RecordWording.period(zh, "2026-13"));
        assertEquals("2026Q3", RecordWording.period(zh, "2026Q3"));
        assertEquals("10/2026", RecordWording.period(new Messages(Locale.ENGLISH), "2026-10"));
    }

    @Test
    void anyPeriodTheServiceSendsIsWordedWithoutAnError() {
        Random random = new Random(19);
        String alphabet = "0123456789-年月Q/ x";
        for (int i = 0; i < 5000; i++) {
            StringBuilder period = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                period.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String worded = RecordWording.period(zh, period.toString());
            assertFalse(worded.isEmpty() && !period.isEmpty(), period.toString());
        }
    }
}
