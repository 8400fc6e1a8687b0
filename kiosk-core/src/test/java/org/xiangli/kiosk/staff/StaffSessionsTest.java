package org.xiangli.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.store.Database;

/** Sessions against the store, changed by a second connection as kioskctl (another process) changes it. */
class StaffSessionsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @TempDir
    Path dir;
    Database kiosk;
    StaffSessions sessions;

    @BeforeEach
    void open() {
        kiosk = Database.open(dir.resolve("kiosk.db"));
        StaffAccountRepository accounts = new StaffAccountRepository(kiosk);
        accounts.add("wang", new Pbkdf2Passwords(1000).hash("correct-horse-7"), StaffRole.STAFF, NOW);
        accounts.add("li", new Pbkdf2Passwords(1000).hash("correct-horse-7"), StaffRole.ADMIN, NOW);
        sessions = new StaffSessions(accounts, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    @Test
    void disablingTheAccountElsewhereEndsItsSession() {
        assertEndsWhen(kioskctl -> kioskctl.setDisabled("wang", true));
    }

    @Test
    void aPasswordResetElsewhereEndsItsSession() {
        assertEndsWhen(kioskctl -> kioskctl.setPassword("wang", new Pbkdf2Passwords(1000).hash("new-password-9")));
    }

    @Test
    void aRoleChangeElsewhereEndsItsSession() {
        assertEndsWhen(kioskctl -> kioskctl.setRole("wang", StaffRole.ADMIN));
    }

    @Test
    void changesThatLeaveTheAccountAsItWasKeepTheSession() {
        StaffSession session = sessions.open(account("wang"), 1);
        StaffSession other = sessions.open(account("li"), 2);
        try (Database kioskctl = Database.open(dir.resolve("kiosk.db"))) {
            StaffAccountRepository accounts = new StaffAccountRepository(kioskctl);
            accounts.setRole("wang", StaffRole.STAFF);
            accounts.setDisabled("wang", false);
            accounts.setDisabled("li", true);
        }
        assertTrue(sessions.find(session.token()).isPresent());
        assertTrue(sessions.find(other.token()).isEmpty());
    }

    private void assertEndsWhen(Consumer<StaffAccountRepository> change) {
        StaffSession session = sessions.open(account("wang"), 1);
        assertTrue(sessions.find(session.token()).isPresent());
        try (Database kioskctl = Database.open(dir.resolve("kiosk.db"))) {
            change.accept(new StaffAccountRepository(kioskctl));
        }
        assertTrue(sessions.find(session.token()).isEmpty(), "the session ended with the change");
    }

    private StaffAccount account(String name) {
        return new StaffAccountRepository(kiosk).find(name).orElseThrow().account();
    }
}
