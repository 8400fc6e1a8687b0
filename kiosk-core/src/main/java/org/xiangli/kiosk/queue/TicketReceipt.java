package org.xiangli.kiosk.queue;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything a queue ticket shows, on paper or on screen: station, service, number, windows, people ahead, the
 * estimated wait, when it was taken, whether it is priority, and the QR text (for the villager's phone camera).
 * The receipt printer's encoder lays this out; the screen shows the same values.
 */
public record TicketReceipt(String stationCode, String stationName, char serviceLetter, String serviceName,
                            String number, List<Integer> windows, int peopleAhead, long estimatedWaitMinutes,
                            ZonedDateTime issuedAt, boolean priority, String qrText) {

    public TicketReceipt {
        windows = List.copyOf(windows);
    }

    /**
     * {@code XIANGLI-TICKET:station:day:number}, nothing personal. The day is the ticket's queue day, which differs
     * from the calendar date between midnight and a later daily reset time: the number is unique within its queue
     * day, so the QR names that day.
     */
    public static String qrText(String stationCode, LocalDate queueDay, String number) {
        return "XIANGLI-TICKET:" + stationCode + ":" + queueDay + ":" + number;
    }
}
