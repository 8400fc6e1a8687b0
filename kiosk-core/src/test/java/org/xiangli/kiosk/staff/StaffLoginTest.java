package org.xiangli.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.config.PinHash;
import org.xiangli.kiosk.store.Database;

/** The login against a real store: the lockout under parallel attempts, one answer for all refusals, the throttle. */
class StaffLoginTest {

    private static final String RIGHT = "correct-horse-7";
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @TempDir
    Path dir;
    Database db;
    StaffAccountRepository accounts;
    final CountingPasswords passwords = new CountingPasswords(new Pbkdf2Passwords(1000));

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("kiosk.db"));
        accounts = new StaffAccountRepository(db);
        accounts.add("wang", passwords.hash(RIGHT), StaffRole.STAFF, NOW);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void givenWrongPasswordsStillBeingHashed_whenTheRightOneArrives_thenTheAccountIsLockedAlready()
            throws Exception {
        // Wrong passwords wait inside the hash until the right one has had its answer: the old code checked the
        // lock, hashed, and only then counted the failure, so all of these passed the check together.
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch arrived = new CountDownLatch(29);
        ThreadLocal<Boolean> hashing = ThreadLocal.withInitial(() -> false);
        PasswordHashing slowWhenWrong = new PasswordHashing() {
            @Override
            public String hash(String password) {
                return passwords.hash(password);
            }

            @Override
            public boolean matches(String password, String stored) {
                if (!password.equals(RIGHT)) {
                    hashing.set(true);
                    arrived.countDown();
                    await(gate);
                }
                return passwords.matches(password, stored);
            }

            @Override
            public boolean isCurrent(String stored) {
                return true;
            }
        };
        StaffLogin login = new StaffLogin(accounts, slowWhenWrong, Clock.fixed(NOW, ZoneOffset.UTC));
        ExecutorService pool = Executors.newFixedThreadPool(29);
        try {
            List<Future<LoginResult.Outcome>> wrong = new ArrayList<>();
            for (int i = 0; i < 29; i++) {
                String client = "192.168.1." + (10 + i); // one each: the per-address throttle is not what is tested
                wrong.add(pool.submit(() -> {
                    LoginResult.Outcome outcome = login.login("wang", "wrong-" + client, client).outcome();
                    if (!hashing.get()) {
                        arrived.countDown();
                    }
                    return outcome;
                }));
            }
            assertTrue(arrived.await(30, TimeUnit.SECONDS), "every wrong attempt is hashing or answered");

            LoginResult right = login.login("wang", RIGHT, "192.168.1.99");

            assertEquals(LoginResult.Outcome.REFUSED, right.outcome());
            gate.countDown();
            for (Future<LoginResult.Outcome> f : wrong) {
                assertEquals(LoginResult.Outcome.REFUSED, f.get(30, TimeUnit.SECONDS));
            }
        } finally {
            gate.countDown();
            pool.shutdownNow();
        }
        StaffAccount after = accounts.find("wang").orElseThrow().account();
        assertTrue(after.lockedUntil().isAfter(NOW), "locked");
        assertEquals(StaffLogin.LOCK_AFTER, after.failedLogins(), "no more attempts were counted than the lock allows");
    }

    @Test
    void anUnknownUserAndALockedAccountGetTheAnswerOfAWrongPasswordForTheSameWork() {
        StaffLogin login = new StaffLogin(accounts, passwords, Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i < StaffLogin.LOCK_AFTER; i++) {
            assertEquals(LoginResult.Outcome.REFUSED, login.login("wang", "wrong-password", "10.0.0." + i).outcome());
        }
        passwords.checks.set(0);

        LoginResult locked = login.login("wang", RIGHT, "10.0.0.50");
        int lockedChecks = passwords.checks.getAndSet(0);
        LoginResult unknown = login.login("nobody", RIGHT, "10.0.0.51");
        int unknownChecks = passwords.checks.getAndSet(0);

        assertEquals(locked, unknown);
        assertEquals(LoginResult.Outcome.REFUSED, unknown.outcome());
        assertEquals(1, lockedChecks, "a locked account costs one hash, like any other attempt");
        assertEquals(1, unknownChecks);
    }

    @Test
    void oneClientAddressIsThrottledAcrossUserNamesBeforeAnyPasswordIsChecked() {
        MutableClock clock = new MutableClock(NOW);
        StaffLogin login = new StaffLogin(accounts, passwords, clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertEquals(LoginResult.Outcome.REFUSED, login.login("user" + i, "guess", "10.0.0.7").outcome());
        }
        passwords.checks.set(0);

        assertEquals(LoginResult.Outcome.THROTTLED, login.login("wang", RIGHT, "10.0.0.7").outcome());
        assertEquals(0, passwords.checks.get(), "no hash was spent on it");
        assertEquals(LoginResult.Outcome.OK, login.login("wang", RIGHT, "10.0.0.8").outcome(), "other clients log in");

        clock.now = NOW.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertEquals(LoginResult.Outcome.OK, login.login("wang", RIGHT, "10.0.0.7").outcome());
    }

    @Test
    void rightPasswordsDoNotCountAgainstTheirAddress() {
        StaffLogin login = new StaffLogin(accounts, passwords, Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES * 2; i++) {
            assertEquals(LoginResult.Outcome.OK, login.login("wang", RIGHT, "10.0.0.7").outcome());
        }
    }

    @Test
    void aPasswordHashedWithLessWorkIsRehashedAtTheNextLoginAndSessionsGoOn() {
        StaffAccount before = accounts.find("wang").orElseThrow().account();
        StaffLogin login = new StaffLogin(accounts, new Pbkdf2Passwords(2000), Clock.fixed(NOW, ZoneOffset.UTC));

        assertEquals(LoginResult.Outcome.OK, login.login("wang", RIGHT, "10.0.0.7").outcome());

        StaffAccountRepository.Credentials after = accounts.find("wang").orElseThrow();
        assertEquals(2000, PinHash.iterations(after.passwordHash()));
        assertTrue(PinHash.matches(RIGHT, after.passwordHash()));
        assertEquals(before.sessionEpoch(), after.account().sessionEpoch(), "a rehash is no password reset");
    }

    @Test
    void theStandardCostIsOwaspsFigureForPbkdf2Sha256() {
        assertEquals(600_000, Pbkdf2Passwords.STANDARD.iterations());
        assertTrue(new Pbkdf2Passwords(600_000).isCurrent("pbkdf2-sha256$600000$c2FsdHNhbHQ=$"
                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        assertTrue(!Pbkdf2Passwords.STANDARD.isCurrent(PinHash.hash("x", 60_000)), "the old cost is rehashed");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts the password checks made. */
    static final class CountingPasswords implements PasswordHashing {
        final AtomicInteger checks = new AtomicInteger();
        private final PasswordHashing inner;

        CountingPasswords(PasswordHashing inner) {
            this.inner = inner;
        }

        @Override
        public String hash(String password) {
            return inner.hash(password);
        }

        @Override
        public boolean matches(String password, String stored) {
            checks.incrementAndGet();
            return inner.matches(password, stored);
        }

        @Override
        public boolean isCurrent(String stored) {
            return inner.isCurrent(stored);
        }
    }

    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
