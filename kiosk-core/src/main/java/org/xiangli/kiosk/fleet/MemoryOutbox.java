package org.xiangli.kiosk.fleet;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An outbox in memory, for simulated kiosks (the hub's demo, the benchmark): the same bound and the same counting
 * as {@link OutboxRepository}, gone when the process ends.
 */
public final class MemoryOutbox implements Outbox {

    private final int max;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private final Map<String, Instant> seen = new HashMap<>();
    private long nextId = 1;
    private long dropped;
    private StandingNotice notice;

    public MemoryOutbox(int max) {
        this.max = max;
    }

    @Override
    public synchronized void add(String topic, byte[] payload, Instant at) {
        pending.addLast(new Pending(nextId++, topic, payload));
        while (pending.size() > max) {
            pending.removeFirst();
            dropped++;
        }
    }

    @Override
    public synchronized List<Pending> oldest(int limit) {
        return pending.stream().limit(limit).toList();
    }

    @Override
    public synchronized void remove(List<Long> ids) {
        Set<Long> gone = new HashSet<>(ids);
        pending.removeIf(p -> gone.contains(p.id()));
    }

    @Override
    public synchronized int size() {
        return pending.size();
    }

    @Override
    public synchronized long dropped() {
        return dropped;
    }

    @Override
    public synchronized boolean firstTime(String id, Instant expires, Instant now) {
        new ArrayList<>(seen.entrySet()).stream().filter(e -> e.getValue().isBefore(now))
                .forEach(e -> seen.remove(e.getKey()));
        return seen.putIfAbsent(id, expires) == null;
    }

    @Override
    public synchronized void keepNotice(StandingNotice notice) {
        this.notice = notice;
    }

    @Override
    public synchronized Optional<StandingNotice> standingNotice(Instant now) {
        return Optional.ofNullable(notice).filter(n -> n.until().isAfter(now));
    }

    @Override
    public void close() {
    }
}
