package org.xiangli.kiosk.queue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.xiangli.kiosk.store.Database;

/** A queue on a fresh database with two services: A at windows 1 and 2, B at window 2. */
public final class QueueFixture implements AutoCloseable {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final List<ServiceItem> SERVICES = List.of(
            service('A', "社保医保", List.of(1, 2)),
            service('B', "民政救助", List.of(2)));

    public final Database db;
    public final MutableClock clock;
    public final QueueRepository repository;
    public final ServiceGuideRepository guide;
    public final QueueService queue;

    public QueueFixture(Path dir) {
        this(dir, Instant.parse("2026-11-23T01:00:00Z"));
    }

    public QueueFixture(Path dir, Instant start) {
        this(dir, start, SERVICES);
    }

    public QueueFixture(Path dir, Instant start, List<ServiceItem> services) {
        db = Database.open(dir.resolve("kiosk.db"));
        clock = new MutableClock(start, SHANGHAI);
        repository = new QueueRepository(db);
        guide = new ServiceGuideRepository(db);
        guide.replaceAll(services);
        // As the kiosk does: the queue reads the services from the store, so admin changes apply at once.
        queue = new QueueService(repository, guide::serving, policy(), clock);
    }

    public static QueuePolicy policy() {
        return new QueuePolicy(SHANGHAI, 65, 2, Duration.ofMinutes(5), Duration.ofSeconds(30));
    }

    public static ServiceItem service(char letter, String name, List<Integer> windows) {
        return new ServiceItem(letter, name, List.of("身份证"), List.of("取号"), "不收费", "当场办结", windows);
    }

    public Ticket take(char service) {
        return queue.take(java.util.UUID.randomUUID().toString(), service, java.util.Optional.empty()).ticket();
    }

    @Override
    public void close() {
        db.close();
    }
}
