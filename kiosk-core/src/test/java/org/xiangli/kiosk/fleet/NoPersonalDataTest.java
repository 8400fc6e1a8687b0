package org.xiangli.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.hal.device.DeviceStatus;
import org.xiangli.hal.device.StatusReason;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.content.sync.ContentStatusReader;
import org.xiangli.kiosk.queue.CardIdentity;
import org.xiangli.kiosk.queue.QueueFixture;
import org.xiangli.kiosk.store.KioskEventRepository;
import org.xiangli.kiosk.testing.Await;
import org.xiangli.kiosk.testing.Mosquitto;
import org.xiangli.kiosk.testing.MqttProbe;

/**
 * Every payload a kiosk sends, scanned: a day of tickets taken with ID cards, rated, with a refused bundle and a
 * printer fault, and not one ID number, name or phone number leaves the station.
 */
class NoPersonalDataTest {

    /** An 18-digit resident ID number (the last may be X), and a mainland mobile number. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\d)");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final String ID = "360781195203150021";
    private static final String OTHER_ID = "36078119880512002X";

    @TempDir
    Path dir;

    @Test
    void noPayloadCarriesAnIdNumberANameOrAPhoneNumber() throws Exception {
        Assumptions.assumeTrue(Mosquitto.installed(), "mosquitto is not installed");
        try (QueueFixture q = new QueueFixture(dir);
             Mosquitto broker = Mosquitto.start(dir.resolve("broker"));
             MqttProbe hub = MqttProbe.subscribe(broker.url(), "xiangli/#");
             FleetTestKit kit = new FleetTestKit()) {
            var first = q.queue.take(UUID.randomUUID().toString(), 'A',
                    Optional.of(new CardIdentity(ID, LocalDate.of(1952, 3, 15)))).ticket();
            q.queue.take(UUID.randomUUID().toString(), 'B',
                    Optional.of(new CardIdentity(OTHER_ID, LocalDate.of(1988, 5, 12))));
            q.take('A');
            q.clock.advance(Duration.ofMinutes(4));
            q.queue.callNext(1);
            q.clock.advance(Duration.ofMinutes(6));
            q.queue.finish(1);
            q.queue.rate(1, 5);
            KioskEventRepository events = new KioskEventRepository(q.db);
            var devices = new java.util.concurrent.atomic.AtomicReference<Map<String, DeviceStatus>>(
                    Map.of("printer", DeviceStatus.online(), "card reader", DeviceStatus.online()));
            // An errand (ID number and name) and a request (a phone number) at the station: counted, nothing more.
            org.xiangli.kiosk.payments.store.DataKey key = org.xiangli.kiosk.payments.store.DataKey.of(new byte[32]);
            var seal = new org.xiangli.kiosk.errands.IdentitySeal(
                    new org.xiangli.kiosk.payments.store.KeyedHash(key),
                    new org.xiangli.kiosk.payments.store.Sealer(key));
            var errands = new org.xiangli.kiosk.errands.ErrandDesk(new org.xiangli.kiosk.errands.ErrandRepository(q.db),
                    seal, new org.xiangli.kiosk.payments.FactorLockout(3, Duration.ofMinutes(15)), "QS-001",
                    QueueFixture.SHANGHAI, q.clock);
            var requests = new org.xiangli.kiosk.requests.RequestDesk(
                    new org.xiangli.kiosk.requests.RequestRepository(q.db), seal, dir.resolve("requests"), "QS-001",
                    QueueFixture.SHANGHAI, q.clock);
            errands.register("360781195203150043", "李春花", "低保申请", errands.today().plusDays(3), "", "clerk");
            requests.submit(org.xiangli.kiosk.requests.RequestTopic.POLICY, "request.phrase.POLICY.1",
                    Optional.empty(), "13800001234");
            KioskFleetFacts facts = new KioskFleetFacts("0.1.0", q.queue, devices::get,
                    new ContentStatusReader(new ContentRepository(q.db), events), events,
                    new org.xiangli.kiosk.staff.HelpCallRepository(q.db), dir, () -> {
                        var e = errands.statistics(errands.today(), errands.today());
                        var r = requests.statistics(errands.today(), errands.today());
                        return Optional.of(new Telemetry.StationFigures(e.registered(), e.done(), e.overdue(),
                                r.total(), r.answered()));
                    });
            new org.xiangli.kiosk.staff.HelpCallRepository(q.db).record("QS-001", "payments",
                    org.xiangli.kiosk.staff.HelpCall.Source.values()[0], q.clock.instant());
            facts.newEvents();
            events.record(q.clock.instant(), BundleImporter.EVENT_REJECTED, "BAD_SIGNATURE: bundle 12 from "
                    + "publisher 0123456789abcdef is not signed by a trusted key");
            events.record(q.clock.instant(), org.xiangli.kiosk.ops.TechnicianPin.EVENT_LOGIN, "");

            FleetClient kiosk = kit.client(broker.url(), "QS-001", facts, FleetActions.none(), new MemoryOutbox(100),
                    Optional.empty()).start();
            try {
                Await.until("connected", Duration.ofSeconds(20), kiosk::connected);
                devices.set(Map.of("printer", DeviceStatus.offline(StatusReason.NOT_CONNECTED, "/dev/usb/lp0"),
                        "card reader", DeviceStatus.online()));
                hub.await("the bundle event", Duration.ofSeconds(20), m -> m.text().contains("bundle-refused"));
                hub.await("the technician's login", Duration.ofSeconds(20),
                        m -> m.text().contains(FleetEvent.TECHNICIAN_LOGIN));
                hub.await("the printer fault", Duration.ofSeconds(20), m -> m.text().contains("device-fault"));
                kiosk.reportNow();
                hub.await("telemetry with the rating", Duration.ofSeconds(20),
                        m -> m.topic().endsWith("/telemetry") && m.text().contains("\"ratings\":[0,0,0,0,1]")
                                && m.text().contains("\"issued\":3") && m.text().contains("\"helpCalls\":1")
                                && m.text().contains("\"stationServices\":{\"errandsRegistered\":1,\"errandsDone\":0,"
                                + "\"errandsOverdue\":0,\"requests\":1,\"requestsAnswered\":0}"));
            } finally {
                kiosk.close();
            }
            hub.await("goodbye", Duration.ofSeconds(20), m -> m.text().contains("\"online\":false"));

            List<MqttProbe.Message> all = hub.messages();
            assertTrue(all.size() >= 5, "scanned " + all.size() + " payloads");
            for (MqttProbe.Message m : all) {
                String text = m.text();
                assertFalse(ID_NUMBER.matcher(text).find(), "an ID number in " + m.topic() + ": " + text);
                assertFalse(PHONE.matcher(text).find(), "a phone number in " + m.topic() + ": " + text);
                assertFalse(text.contains("李春花") || text.contains("李*花"), "a name in " + m.topic() + ": " + text);
                assertFalse(text.contains(ID.substring(6, 14)) || text.contains("19880512"),
                        "a birth date in " + m.topic() + ": " + text);
                assertFalse(text.contains(first.label()) && m.topic().endsWith("/telemetry"),
                        "a ticket label in telemetry: " + text);
            }
        }
    }
}
