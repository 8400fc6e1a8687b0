package org.xiangli.kiosk.payments;

import org.xiangli.kiosk.payments.model.PaymentItem;
import org.xiangli.kiosk.payments.model.PaymentRecord;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Records grouped by item (in the order of {@link PaymentItem}), each group newest first. */
public final class RecordGroups {

    private RecordGroups() {
    }

    public static Map<PaymentItem, List<PaymentRecord>> of(List<PaymentRecord> records) {
        Map<PaymentItem, List<PaymentRecord>> groups = new EnumMap<>(PaymentItem.class);
        records.stream()
                .sorted(Comparator.comparing(PaymentRecord::date).reversed()
                        .thenComparing(PaymentRecord::period, Comparator.reverseOrder()))
                .forEach(r -> groups.computeIfAbsent(r.item(), i -> new java.util.ArrayList<>()).add(r));
        return groups;
    }

    public static long total(List<PaymentRecord> records) {
        return records.stream().collect(Collectors.summingLong(PaymentRecord::amountFen));
    }
}
