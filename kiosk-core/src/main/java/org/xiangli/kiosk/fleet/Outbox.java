package org.xiangli.kiosk.fleet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reports waiting for the broker's acknowledgement, bounded (oldest dropped first, counted), the ids of commands
 * obeyed until they expire, and the county's standing notice until it ends (so a restart or a power cut does not
 * take an urgent notice off the screen before its time). A kiosk keeps both in SQLite ({@link OutboxRepository}); the hub's simulated kiosks in
 * memory ({@link MemoryOutbox}).
 */
public interface Outbox extends AutoCloseable {

    /** One report waiting to be sent. */
    record Pending(long id, String topic, byte[] payload) {
    }

    void add(String topic, byte[] payload, Instant at);

    /** The oldest {@code limit} reports, oldest first. */
    List<Pending> oldest(int limit);

    void remove(List<Long> ids);

    int size();

    /** Reports dropped because the outbox was full. */
    long dropped();

    /** Remembers a command id until {@code expires}; false if it is remembered already. */
    boolean firstTime(String id, Instant expires, Instant now);

    /** A county notice shown until {@code until}. */
    record StandingNotice(String text, Instant until) {
    }

    /** Keeps the notice the county last sent, replacing any earlier one. */
    void keepNotice(StandingNotice notice);

    /** The notice last kept, if it has not ended by {@code now}. */
    Optional<StandingNotice> standingNotice(Instant now);

    @Override
    void close();
}
