package org.xiangli.kiosk.ops;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.config.PinHash;

/**
 * The technician PIN behind the hidden gesture: checked against its hash, the pad locked for {@link #LOCKOUT} after
 * {@link #MAX_WRONG} wrong PINs. The count lives in a {@link Store} (the database on a kiosk), so a restart gives a
 * guesser no fresh tries. With no PIN set (an empty hash: a device that only had the public demo PIN) nothing opens
 * the menu.
 */
public final class TechnicianPin {

    public enum Result { ACCEPTED, WRONG, LOCKED, NOT_SET }

    /** The kiosk event log's kinds for an accepted PIN and a lockout (the county hub reports both). */
    public static final String EVENT_LOGIN = "technician.login";
    public static final String EVENT_LOCKOUT = "technician.lockout";

    public static final int MAX_WRONG = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);
    /** The shortest PIN kioskctl accepts: a million tries, five per five minutes. */
    public static final int MIN_DIGITS = 6;

    /** Wrong PINs in a row, and until when the pad is locked. */
    public record Lock(int wrong, Instant lockedUntil) {
        public static final Lock NONE = new Lock(0, Instant.EPOCH);
    }

    /** Where the lock is kept. */
    public interface Store {
        Lock load();

        void save(Lock lock);

        /** Forgotten at exit: tests, and a kiosk shell without a database. */
        static Store inMemory() {
            return new Store() {
                private Lock lock = Lock.NONE;

                @Override
                public Lock load() {
                    return lock;
                }

                @Override
                public void save(Lock next) {
                    lock = next;
                }
            };
        }
    }

    private static final System.Logger LOG = System.getLogger(TechnicianPin.class.getName());

    /** Read when the pad is used: a kiosk may still be working out whether its hash is the demo PIN's. */
    private final java.util.function.Supplier<String> pinHash;
    private final Store store;
    private final java.util.function.Consumer<Result> outcomes;

    /** {@code pinHash}: from the config; empty = not set. */
    public TechnicianPin(String pinHash, Store store) {
        this(pinHash, store, result -> { });
    }

    /** {@code outcomes} hears every accepted PIN and every lockout (the kiosk's event log; the county's events). */
    public TechnicianPin(String pinHash, Store store, java.util.function.Consumer<Result> outcomes) {
        this(() -> pinHash, store, outcomes);
    }

    /**
     * {@code pinHash} is asked for at each use ({@link #isSet}, {@link #check}): the kiosk hands in the result of
     * the demo-PIN check it makes after the first frame (a PBKDF2 of 60,000 rounds, issue 18).
     */
    public TechnicianPin(java.util.function.Supplier<String> pinHash, Store store,
                         java.util.function.Consumer<Result> outcomes) {
        this.pinHash = pinHash;
        this.store = store;
        this.outcomes = outcomes;
    }

    /**
     * The config a kiosk outside demo mode runs with: the public demo PIN (the default until kioskctl set one) is
     * taken out, so nothing opens the technician menu, and the journal says how to set a PIN.
     */
    public static KioskConfig refuseDemoPin(KioskConfig config) {
        if (!config.technician().isDemoPin()) {
            return config;
        }
        LOG.log(Level.WARNING, "technician.pin_hash is the public demo PIN 246810, which a kiosk outside --demo "
                + "refuses: the technician menu stays locked (未设置维护密码). Set a PIN: 'sudo kioskctl init ... --force' "
                + "writes a new config and prints a new PIN once (or --pin NNNNNN, at least " + MIN_DIGITS
                + " digits); then restart the kiosk.");
        return config.withTechnicianPin("");
    }

    public boolean isSet() {
        return !pinHash.get().isEmpty();
    }

    public synchronized Result check(String pin, Instant now) {
        if (!isSet()) {
            return Result.NOT_SET;
        }
        Lock lock = store.load();
        if (now.isBefore(lock.lockedUntil())) {
            return Result.LOCKED;
        }
        if (PinHash.matches(pin, pinHash.get())) {
            store.save(Lock.NONE);
            outcomes.accept(Result.ACCEPTED);
            return Result.ACCEPTED;
        }
        int wrong = lock.wrong() + 1;
        if (wrong >= MAX_WRONG) {
            store.save(new Lock(0, now.plus(LOCKOUT)));
            outcomes.accept(Result.LOCKED);
            return Result.LOCKED;
        }
        store.save(new Lock(wrong, lock.lockedUntil()));
        return Result.WRONG;
    }
}
