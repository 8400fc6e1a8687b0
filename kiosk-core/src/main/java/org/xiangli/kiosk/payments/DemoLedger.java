package org.xiangli.kiosk.payments;

import org.xiangli.kiosk.payments.model.Payer;
import org.xiangli.kiosk.payments.model.PaymentItem;
import org.xiangli.kiosk.payments.model.PaymentRecord;
import org.xiangli.kiosk.payments.model.PaymentStatus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.xiangli.hal.card.CitizenIdNumber;
import org.xiangli.hal.card.DemoIdentities;
import org.xiangli.hal.card.IdentityCard;

/**
 * Fictional payers for demo mode, tests and the benchmark: the card simulator's demo residents (so a simulated
 * card swipe finds records) and generated villagers of the invented 青石县. No real person, number or bill.
 */
public final class DemoLedger {

    /** The phone digits on record for the demo residents, in the order of {@link DemoIdentities#ALL}. */
    public static final List<String> DEMO_PHONES = List.of("3721", "5086", "1946", "8210");

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "欧阳"};
    private static final String[] GIVEN = {"秀兰", "建华", "桂英", "国强", "春梅", "志明", "玉珍", "德福", "小燕", "永红"};
    private static final String PAY_URL = "https://pay.qingshi.example/b/";

    private DemoLedger() {
    }

    /** The demo station's ledger: the four card residents and a few neighbours. */
    public static List<Payer> demo(String station, LocalDate today) {
        List<Payer> payers = new ArrayList<>();
        for (int i = 0; i < DemoIdentities.ALL.size(); i++) {
            IdentityCard card = DemoIdentities.ALL.get(i);
            payers.add(new Payer(card.idNumber(), card.name(), card.address(), DEMO_PHONES.get(i),
                    records(station, i, today, 14, new Random(i))));
        }
        payers.addAll(generate(station, 6, 14, today, 1000));
        return payers;
    }

    /** {@code people} generated payers with {@code recordsEach} records each, reproducible from {@code seed}. */
    public static List<Payer> generate(String station, int people, int recordsEach, LocalDate today, long seed) {
        Random random = new Random(seed);
        List<Payer> payers = new ArrayList<>(people);
        for (int n = 0; n < people; n++) {
            payers.add(payer(station, (int) (seed + n), recordsEach, today, random));
        }
        return payers;
    }

    /** The ID number of generated payer {@code n}: unique per n, valid check character. */
    public static CitizenIdNumber idNumber(int n) {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(Math.floorMod(n * 37L, 25_000));
        String first17 = String.format("360124%s%03d", birth.toString().replace("-", ""), Math.floorMod(n, 1000));
        // Different n with the same birth day and sequence would collide; fold n's high part into the area code.
        first17 = String.format("36%04d", 100 + Math.floorMod(n / 1000, 9000)) + first17.substring(6);
        return new CitizenIdNumber(first17 + CitizenIdNumber.checkCharacter(first17));
    }

    private static Payer payer(String station, int n, int recordsEach, LocalDate today, Random random) {
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        String address = "青石县青石镇青石村" + (1 + random.nextInt(9)) + "组" + (1 + random.nextInt(60)) + "号";
        String phone = String.format("%04d", random.nextInt(10_000));
        return new Payer(idNumber(n), name, address, phone, records(station, 100_000 + n, today, recordsEach, random));
    }

    private static List<PaymentRecord> records(String station, int who, LocalDate today, int count, Random random) {
        List<PaymentRecord> records = new ArrayList<>(count);
        YearMonth month = YearMonth.from(today).minusMonths(1);
        String household = "青石村" + (1 + Math.floorMod(who, 9)) + "组";
        for (int i = 0; i < count; i++) {
            PaymentItem item = PaymentItem.values()[i % PaymentItem.values().length];
            YearMonth period = month.minusMonths(i / PaymentItem.values().length);
            String bill = station.replaceAll("[^A-Za-z0-9]", "") + "-" + who + "-" + i;
            long amount;
            PaymentStatus status;
            switch (item) {
                case PENSION -> {
                    amount = 20_000 + 10_000L * random.nextInt(5);
                    status = PaymentStatus.PAID;
                }
                case MEDICAL -> {
                    amount = 38_000;
                    status = i < 5 && who % 2 == 0 ? PaymentStatus.UNPAID : PaymentStatus.PAID;
                }
                case WATER -> {
                    amount = 1_000 + random.nextInt(4_000);
                    status = i < 5 ? PaymentStatus.UNPAID : PaymentStatus.PAID;
                }
                case ELECTRICITY -> {
                    amount = 3_000 + random.nextInt(12_000);
                    status = i < 5 && who % 3 != 0 ? PaymentStatus.UNPAID : PaymentStatus.PAID;
                }
                default -> {
                    amount = 5_000 + 1_000L * random.nextInt(20);
                    status = random.nextInt(10) == 0 ? PaymentStatus.FAILED : PaymentStatus.PAID_OUT;
                }
            }
            records.add(new PaymentRecord(bill, item, household, period.toString(), amount, status,
                    period.plusMonths(1).atDay(5), status == PaymentStatus.UNPAID ? PAY_URL + bill : ""));
        }
        return records;
    }
}
