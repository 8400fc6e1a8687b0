package org.xiangli.kiosk.queue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code in a ticket's phone link ({@code /t/CODE}): 16 base32 characters (80 bits) of an HMAC of the ticket's
 * id, keyed by a key derived from the queue's random secret. Only the kiosk can make one, so a code can neither be
 * guessed nor walked from one ticket to the next, and it names no person, number or day. Nothing is stored: a
 * ticket's code is the same after a restart, and issuing a ticket writes nothing more to the SD card.
 *
 * <p>A code is looked up among the tickets of today and yesterday (a link stays readable the evening after), from
 * a cache filled as tickets are linked; a miss reads those two days at most once per {@link #RESCAN}, so a flood of
 * made-up codes costs a map lookup each, not a query. Thread-safe.
 */
public final class TicketCodes {

    public static final int LENGTH = 16;
    /** What a code may look like; anything else is refused before a lookup. */
    public static final Pattern FORMAT = Pattern.compile("[a-z2-7]{" + LENGTH + "}");
    static final Duration RESCAN = Duration.ofSeconds(2);
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    /** Tickets of two days at a busy station are a few hundred; this bounds the cache if days pile up. */
    private static final int MAX_CACHED = 20_000;

    private final QueueRepository repository;
    private final QueueService queue;
    private final Clock clock;
    /** Derived at the first code, not in the constructor: the JDK's crypto providers took ~30 ms of the start. */
    private volatile SecretKeySpec key;
    private final Map<String, Long> byCode = new ConcurrentHashMap<>();
    private volatile Instant lastScan = Instant.MIN;

    public TicketCodes(QueueRepository repository, QueueService queue, Clock clock) {
        this.repository = repository;
        this.queue = queue;
        this.clock = clock;
    }

    /** Derives the key now (after the first frame), so the first ticket does not. */
    public void warmUp() {
        key();
    }

    private SecretKeySpec key() {
        SecretKeySpec derived = key;
        if (derived != null) {
            return derived;
        }
        synchronized (this) {
            if (key == null) {
                // Its own key, derived from the person-key secret: a ticket code never equals a person key of
                // anything.
                key = new SecretKeySpec(hmac(new SecretKeySpec(repository.personKeySecret(), "HmacSHA256"),
                        "xiangli ticket status link v1"), "HmacSHA256");
            }
            return key;
        }
    }

    /** The code of a ticket's phone link. */
    public String codeOf(Ticket ticket) {
        String code = code(ticket.id());
        if (byCode.size() >= MAX_CACHED) {
            byCode.clear();
        }
        byCode.put(code, ticket.id());
        return code;
    }

    /** The ticket a code names, if it is one of today's or yesterday's; empty for anything else. */
    public Optional<Ticket> find(String code) {
        if (code == null || !FORMAT.matcher(code).matches()) {
            return Optional.empty();
        }
        Long id = byCode.get(code);
        if (id == null) {
            id = rescan(code);
        }
        if (id == null) {
            return Optional.empty();
        }
        LocalDate today = queue.today();
        return repository.ticket(id).filter(t -> !t.day().isBefore(today.minusDays(1)));
    }

    private synchronized Long rescan(String code) {
        Long id = byCode.get(code);
        Instant now = clock.instant();
        if (id != null || now.isBefore(lastScan.plus(RESCAN))) {
            return id;
        }
        lastScan = now;
        LocalDate today = queue.today();
        for (Ticket t : repository.ticketsBetween(today.minusDays(1), today)) {
            codeOf(t);
        }
        return byCode.get(code);
    }

    private String code(long ticketId) {
        byte[] mac = hmac(key(), "ticket " + ticketId);
        StringBuilder out = new StringBuilder(LENGTH);
        // 16 characters of 5 bits: the first 10 bytes of the MAC.
        long bits = 0;
        int have = 0;
        int i = 0;
        while (out.length() < LENGTH) {
            if (have < 5) {
                bits = (bits << 8) | (mac[i++] & 0xff);
                have += 8;
            }
            out.append(BASE32[(int) (bits >>> (have - 5)) & 31]);
            have -= 5;
        }
        return out.toString();
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from this JDK", e);
        }
    }
}
