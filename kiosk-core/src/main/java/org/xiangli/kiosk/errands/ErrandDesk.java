package org.xiangli.kiosk.errands;

import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.xiangli.hal.card.CitizenIdNumber;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.payments.FactorLockout;
import org.xiangli.kiosk.payments.store.KeyedHash;
import org.xiangli.kiosk.queue.InvalidInput;

/**
 * 全程代办: staff register a villager's errand, move it through its states, and the villager asks at the kiosk how
 * it stands (by card, by the receipt's QR, or by typed ID number and the receipt's check code). Finished errands
 * waiting to be picked up make the pickup call (请 张*三 来领取办好的材料).
 *
 * <p>Thread-safe; every call blocks on the store for a few milliseconds, so the kiosk calls it off the UI thread.
 */
public final class ErrandDesk {

    private static final System.Logger LOG = System.getLogger(ErrandDesk.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    /** The most errands a card shows: a villager has a few at a time, not a ledger. */
    static final int SHOWN = 5;
    public static final int MAX_NAME = 20;
    public static final int MAX_SERVICE = 40;
    public static final int MAX_TEXT = 500;

    private final ErrandRepository repository;
    private final IdentitySeal seal;
    private final FactorLockout lockout;
    private final String station;
    private final ZoneId zone;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public ErrandDesk(ErrandRepository repository, IdentitySeal seal, FactorLockout lockout, String station,
                      ZoneId zone, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.seal = Objects.requireNonNull(seal, "seal");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.station = Objects.requireNonNull(station, "station");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Hears every registration and change (the pickup call, the display); called on the changing thread. */
    public void addListener(Runnable changed) {
        listeners.add(Objects.requireNonNull(changed, "changed"));
    }

    public String station() {
        return station;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * Registers an errand for the holder of {@code idNumber}; only its keyed hash and the sealed name are stored.
     *
     * @throws InvalidInput a field breaks a rule (nothing was saved); the key names the message
     */
    // Synchronized: an errand's number is the day's count plus one, read and written in one go by one writer.
    public synchronized ErrandView register(String idNumber, String name, String service, LocalDate promised, String notes,
                               String staff) {
        String id = idNumber == null ? "" : idNumber.strip().toUpperCase(Locale.ROOT);
        if (CitizenIdNumber.check(id) != CitizenIdNumber.Problem.NONE) {
            throw new InvalidInput("web.errands.error.idNumber", "not a valid resident ID number");
        }
        String who = name == null ? "" : name.strip();
        if (who.isEmpty() || who.codePointCount(0, who.length()) > MAX_NAME || who.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("web.errands.error.name", "the name must be 1-20 characters", MAX_NAME);
        }
        String what = service == null ? "" : service.strip();
        if (what.isEmpty() || what.length() > MAX_SERVICE) {
            throw new InvalidInput("web.errands.error.service", "the service must be 1-40 characters", MAX_SERVICE);
        }
        if (promised == null || promised.isBefore(today())) {
            throw new InvalidInput("web.errands.error.promised", "the promised date must be today or later");
        }
        String note = notes == null ? "" : notes.strip();
        if (note.length() > MAX_TEXT) {
            throw new InvalidInput("web.errands.error.notes", "notes are at most 500 characters", MAX_TEXT);
        }
        Instant now = clock.instant();
        String check = String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
        Errand errand = repository.insert(DAY.format(now.atZone(zone)), check, seal.idHash(id),
                number -> seal.seal(who, number), what, promised, note, now, staff);
        LOG.log(Level.INFO, "errand {0} registered by {1}", errand.number(), staff);
        changed();
        return view(errand);
    }

    /**
     * Moves errand {@code number} to {@code to}, stamped with {@code staff} and now; {@code note} says what is
     * missing for 需补材料.
     *
     * @throws InvalidInput no such errand, or a move its state does not allow
     */
    public ErrandView change(String number, ErrandState to, String staff, String note) {
        Errand errand = repository.byNumber(number).orElseThrow(() -> new InvalidInput("web.errands.error.unknown",
                "no such errand", number));
        if (!errand.state().next().contains(to)) {
            throw new InvalidInput("web.errands.error.move", "an errand cannot move from " + errand.state() + " to "
                    + to, number);
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidInput("web.errands.error.notes", "notes are at most 500 characters", MAX_TEXT);
        }
        if (to == ErrandState.NEEDS_MATERIALS && text.isEmpty()) {
            throw new InvalidInput("web.errands.error.missing", "say what is missing");
        }
        String missing = to == ErrandState.NEEDS_MATERIALS ? text : "";
        if (!repository.change(errand.id(), errand.state(), to, missing, clock.instant(), staff, text)) {
            throw new InvalidInput("web.errands.error.move", "the errand changed meanwhile", number);
        }
        LOG.log(Level.INFO, "errand {0}: {1} -> {2} by {3}", number, errand.state(), to, staff);
        changed();
        return view(repository.byNumber(number).orElseThrow());
    }

    /** A card on the reader proves possession: the holder's errands, newest first. */
    public ErrandLookup byCard(IdentityCard card) {
        return found(repository.ofPerson(seal.idHash(card.idNumber().value())));
    }

    /** The receipt's QR: that errand alone, of this station, when the check code matches. */
    public ErrandLookup byCode(String scanned) {
        Optional<ErrandCode> code = ErrandCode.parse(scanned);
        if (code.isEmpty()) {
            return new ErrandLookup.NotAnErrand();
        }
        if (!code.get().station().equals(station)) {
            return new ErrandLookup.OtherStation();
        }
        return repository.byNumber(code.get().number())
                .filter(e -> e.purgedAt().isEmpty())
                .filter(e -> java.security.MessageDigest.isEqual(e.checkCode().getBytes(),
                        code.get().checkCode().getBytes()))
                .map(e -> found(List.of(e))).orElseGet(ErrandLookup.NoneFound::new);
    }

    /**
     * A typed ID number and the check code printed on one of the person's receipts: their errands. Wrong codes
     * count towards a lockout of the number, as the payments second factor does.
     */
    public ErrandLookup byNumber(String typed, String checkCode) {
        if (CitizenIdNumber.check(typed) != CitizenIdNumber.Problem.NONE) {
            return new ErrandLookup.InvalidNumber();
        }
        KeyedHash.Digest who = seal.digest(typed);
        Instant now = clock.instant();
        Optional<Instant> locked = lockout.lockedUntil(who, now);
        if (locked.isPresent()) {
            return new ErrandLookup.Locked(locked.get());
        }
        List<Errand> errands = repository.ofPerson(who.bytes());
        boolean matches = errands.stream().anyMatch(e -> java.security.MessageDigest.isEqual(
                e.checkCode().getBytes(), checkCode.getBytes()));
        if (matches) {
            lockout.succeeded(who);
            return found(errands);
        }
        int left = lockout.failed(who, now);
        return left == 0 ? new ErrandLookup.Locked(lockout.lockedUntil(who, now).orElse(now))
                : new ErrandLookup.NoMatch(left);
    }

    /** The masked names of finished errands waiting to be picked up, oldest first: the pickup call. */
    public List<String> pickupCalls() {
        return repository.inState(ErrandState.DONE).stream()
                .map(e -> seal.maskedName(e.nameSealed(), e.number())).distinct().toList();
    }

    /** The console's list: the latest errands with masked names, newest first. */
    public List<ErrandView> latest(int limit) {
        return repository.latest(limit).stream().map(this::view).toList();
    }

    /** Services errands were registered for before (the console suggests them). */
    public List<String> serviceNames() {
        return repository.services();
    }

    public Optional<ErrandView> find(String number) {
        return repository.byNumber(number).map(this::view);
    }

    /** The QR printed on the receipt. */
    public ErrandCode code(Errand errand) {
        return new ErrandCode(station, errand.number(), errand.checkCode());
    }

    /** Statistics of errands registered or done in [from, to] (local days). */
    public ErrandStatistics statistics(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return ErrandStatistics.of(repository.registeredBetween(start, end), repository.doneBetween(start, end),
                repository.open(), today(), zone);
    }

    /** Purges the personal fields of errands handed over more than {@code retention} ago; returns how many. */
    public int purge(java.time.Duration retention) {
        Instant now = clock.instant();
        int purged = repository.purgeHandedBefore(now.minus(retention), now);
        if (purged > 0) {
            LOG.log(Level.INFO, "purged the personal fields of {0} errands handed over before {1} days ago", purged,
                    retention.toDays());
        }
        return purged;
    }

    private ErrandLookup found(List<Errand> errands) {
        List<ErrandView> shown = errands.stream().filter(e -> e.purgedAt().isEmpty()).limit(SHOWN).map(this::view)
                .toList();
        return shown.isEmpty() ? new ErrandLookup.NoneFound() : new ErrandLookup.Found(shown);
    }

    private ErrandView view(Errand e) {
        return new ErrandView(e, seal.maskedName(e.nameSealed(), e.number()), repository.events(e.id()));
    }

    private void changed() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "errand listener failed", e);
            }
        }
    }
}
