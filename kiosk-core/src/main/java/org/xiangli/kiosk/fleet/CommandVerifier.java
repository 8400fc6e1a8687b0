package org.xiangli.kiosk.fleet;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import org.xiangli.kiosk.keys.PublisherKey;
import org.xiangli.kiosk.keys.TrustedKeys;

/**
 * Decides whether a kiosk obeys a command: signed by one of its county keys, for this county and station, issued
 * not in the future, not expired, and never seen before. The checks run in that order, and only a command that
 * passes them all is remembered as seen, so a forged copy of a real command's id cannot burn that id.
 */
public final class CommandVerifier {

    /** A command lives at most this long: the kiosk must remember its id (against replay) that long. */
    public static final Duration MAX_LIFETIME = Duration.ofHours(24);
    /** A kiosk's clock may be this far behind the hub's. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** What the kiosk remembers of commands it obeyed, until they expire. */
    public interface SeenCommands {
        /** Remembers {@code id} until {@code expires}; false when it was remembered already. */
        boolean firstTime(String id, Instant expires);
    }

    /** The outcome: a command to carry out, or a refusal with the command's id when it could be read. */
    public sealed interface Verdict {
    }

    public record Accepted(Command command) implements Verdict {
    }

    public record Refused(Optional<String> id, Refusal reason, String message) implements Verdict {
    }

    private final TrustedKeys countyKeys;
    private final FleetTopics topics;
    private final Clock clock;
    private final SeenCommands seen;

    public CommandVerifier(TrustedKeys countyKeys, FleetTopics topics, Clock clock, SeenCommands seen) {
        this.countyKeys = countyKeys;
        this.topics = topics;
        this.clock = clock;
        this.seen = seen;
    }

    public Verdict verify(byte[] payload) {
        SignedCommand signed;
        try {
            signed = FleetJson.read(payload, SignedCommand.class);
        } catch (IOException e) {
            return refused(null, Refusal.MALFORMED, "not a signed command: " + e.getMessage());
        }
        if (signed.body() == null) {
            return refused(null, Refusal.MALFORMED, "no command body");
        }
        byte[] body;
        Command command;
        try {
            body = Base64.getUrlDecoder().decode(signed.body());
            command = FleetJson.mapper().readValue(body, Command.class);
        } catch (IllegalArgumentException | IOException e) {
            return refused(null, Refusal.MALFORMED, "the command body is not readable: " + e.getMessage());
        }
        String id = command.id();
        if (id == null || id.isBlank() || id.length() > 64) {
            return refused(null, Refusal.MALFORMED, "a command needs an id of 1-64 characters");
        }
        if (signed.sig() == null || signed.sig().isBlank() || signed.key() == null || signed.key().isBlank()) {
            return refused(id, Refusal.UNSIGNED, "unsigned command: a kiosk obeys only commands signed by its county");
        }
        Optional<PublisherKey> key = countyKeys.find(signed.key());
        if (key.isEmpty()) {
            return refused(id, Refusal.UNKNOWN_KEY, "signed by key " + signed.key() + ", not one of this kiosk's "
                    + "county keys");
        }
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(signed.sig());
        } catch (IllegalArgumentException e) {
            return refused(id, Refusal.BAD_SIGNATURE, "the signature is not Base64url");
        }
        if (!CommandSigning.verifies(body, signature, key.get())) {
            return refused(id, Refusal.BAD_SIGNATURE, "the signature does not match the command (key "
                    + key.get().id() + ")");
        }
        if (!topics.county().equals(command.county()) || !topics.station().equals(command.station())) {
            return refused(id, Refusal.FOREIGN, "for station " + command.county() + "/" + command.station()
                    + ", this is " + topics.county() + "/" + topics.station());
        }
        Instant issued;
        Instant expires;
        try {
            issued = Instant.parse(command.issued());
            expires = Instant.parse(command.expires());
        } catch (DateTimeParseException | NullPointerException e) {
            return refused(id, Refusal.MALFORMED, "issued and expires must be ISO-8601 instants");
        }
        Instant now = clock.instant();
        if (issued.isAfter(now.plus(CLOCK_SKEW))) {
            return refused(id, Refusal.BAD_TIME, "issued " + issued + ", in the future of this kiosk's clock " + now);
        }
        if (!expires.isAfter(issued) || Duration.between(issued, expires).compareTo(MAX_LIFETIME) > 0) {
            return refused(id, Refusal.BAD_TIME, "a command must expire after it is issued and within "
                    + MAX_LIFETIME.toHours() + " h");
        }
        if (!now.isBefore(expires)) {
            return refused(id, Refusal.EXPIRED, "expired at " + expires + " (now " + now + ")");
        }
        if (!seen.firstTime(id, expires.plus(CLOCK_SKEW))) {
            return refused(id, Refusal.REPLAYED, "command " + id + " was carried out already");
        }
        return new Accepted(command);
    }

    private static Refused refused(String id, Refusal reason, String message) {
        return new Refused(Optional.ofNullable(id), reason, message);
    }
}
