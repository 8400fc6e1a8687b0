package org.xiangli.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xiangli.kiosk.queue.MutableClock;

class CommandVerifierTest {

    private final FleetTestKit kit = new FleetTestKit();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"),
            java.time.ZoneOffset.UTC);
    private final Set<String> seen = new HashSet<>();
    private final CommandVerifier verifier = new CommandVerifier(kit.trusted(),
            new FleetTopics(FleetTestKit.COUNTY, "ST-001"), clock, (id, expires) -> seen.add(id));

    @AfterEach
    void close() {
        kit.close();
    }

    private Command selftest(String station) {
        return kit.command(station, "selftest", List.of(), clock.instant(), Duration.ofMinutes(10));
    }

    private Refusal refusal(byte[] payload) {
        return assertInstanceOf(CommandVerifier.Refused.class, verifier.verify(payload)).reason();
    }

    @Test
    void aCommandSignedByTheCountyForThisStationIsAccepted() {
        Command c = selftest("ST-001");
        CommandVerifier.Accepted accepted = assertInstanceOf(CommandVerifier.Accepted.class,
                verifier.verify(kit.signed(c)));
        assertEquals(c, accepted.command());
    }

    @Test
    void theSameCommandTwiceIsRefusedAsReplayed() {
        byte[] payload = kit.signed(selftest("ST-001"));
        assertInstanceOf(CommandVerifier.Accepted.class, verifier.verify(payload));
        assertEquals(Refusal.REPLAYED, refusal(payload));
    }

    @Test
    void aCommandSignedByAnotherKeyIsRefused() {
        assertEquals(Refusal.UNKNOWN_KEY, refusal(FleetTestKit.signedBy(FleetTestKit.newKey(), selftest("ST-001"))));
    }

    @Test
    void aCommandWhoseBodyWasChangedAfterSigningIsRefused() {
        SignedCommand good = CommandSigning.sign(selftest("ST-001"), kit.countyKey.getPrivate(), kit.countyPublic);
        Command forged = new Command("x1", FleetTestKit.COUNTY, "ST-001", "restart", List.of(),
                clock.instant().toString(), clock.instant().plusSeconds(60).toString());
        String forgedBody = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(FleetJson.write(forged));
        byte[] payload = FleetJson.write(new SignedCommand(1, forgedBody, good.key(), good.sig()));
        assertEquals(Refusal.BAD_SIGNATURE, refusal(payload));
    }

    @Test
    void anUnsignedCommandIsRefused() {
        String body = java.util.Base64.getUrlEncoder().encodeToString(FleetJson.write(selftest("ST-001")));
        assertEquals(Refusal.UNSIGNED, refusal(FleetJson.write(new SignedCommand(1, body, null, null))));
    }

    @Test
    void aCommandForAnotherStationIsRefusedEvenWhenSigned() {
        assertEquals(Refusal.FOREIGN, refusal(kit.signed(selftest("ST-002"))));
    }

    @Test
    void anExpiredCommandIsRefused() {
        byte[] payload = kit.signed(selftest("ST-001"));
        clock.advance(Duration.ofMinutes(11));
        assertEquals(Refusal.EXPIRED, refusal(payload));
    }

    @Test
    void aCommandFromTheFutureOrLivingTooLongIsRefused() {
        assertEquals(Refusal.BAD_TIME, refusal(kit.signed(kit.command("ST-001", "selftest", List.of(),
                clock.instant().plus(Duration.ofHours(1)), Duration.ofMinutes(10)))));
        assertEquals(Refusal.BAD_TIME, refusal(kit.signed(kit.command("ST-001", "selftest", List.of(),
                clock.instant(), Duration.ofDays(2)))));
    }

    @Test
    void garbageIsRefusedAsMalformedAndNothingIsRemembered() {
        assertEquals(Refusal.MALFORMED, refusal("not json".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Refusal.MALFORMED, refusal("{\"v\":2,\"body\":\"e30\",\"key\":\"k\",\"sig\":\"s\"}"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(Set.of(), seen);
    }
}
