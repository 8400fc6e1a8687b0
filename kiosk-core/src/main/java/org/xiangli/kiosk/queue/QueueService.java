package org.xiangli.kiosk.queue;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.xiangli.kiosk.queue.QueueException.Reason;

/**
 * The service queue: issues tickets at the kiosk, serves the staff console's window actions and tells listeners
 * (display, voice, console) about every change. One lock orders every change and its notification, so listeners
 * see calls in exactly the order they were committed — two windows calling at once are two ordered calls.
 */
public final class QueueService {

    private static final System.Logger LOG = System.getLogger(QueueService.class.getName());
    private static final int SERVICE_TIME_SAMPLE = 20;

    private final QueueRepository repository;
    private final Supplier<List<ServiceItem>> store;
    // The services as last read from the store; every call needs them, and reading the store there would queue
    // each call behind the other windows' commits once more. servicesChanged() drops it.
    private volatile List<ServiceItem> servicesCache;
    // Replaced whole when an admin changes the rules; every use reads it once, so one operation sees one policy.
    private volatile QueuePolicy policy;
    private final Clock clock;
    private final PersonKeys personKeys;
    private final NextTicketRule nextRule;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<QueueListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Integer, PendingRating> ratings = new ConcurrentHashMap<>();

    public QueueService(QueueRepository repository, Supplier<List<ServiceItem>> services, QueuePolicy policy,
                        Clock clock) {
        this.repository = repository;
        this.store = services;
        this.policy = policy;
        this.clock = clock;
        this.personKeys = new PersonKeys(repository.personKeySecret());
        this.nextRule = new NextTicketRule(policy.maxPriorityStreak());
    }

    public void addListener(QueueListener listener) {
        listeners.add(listener);
    }

    public void removeListener(QueueListener listener) {
        listeners.remove(listener);
    }

    public QueuePolicy policy() {
        return policy;
    }

    /** An admin changed the priority age or the reset time: they apply from the next ticket on, no restart. */
    public void useRules(QueueRules rules) {
        policy = policy.withRules(rules);
        // The age as text: MessageFormat would format a number through DecimalFormat, whose first use builds a
        // class at run time, on the start's path (issue 18).
        LOG.log(Level.INFO, "queue rules now: priority from age {0}, daily reset at {1}",
                Integer.toString(rules.priorityAge()), rules.resetAt());
    }

    /** Services or windows changed (admin, demo data): re-read them, and consoles and displays refresh. */
    public void servicesChanged() {
        synchronized (store) {
            servicesCache = null;
        }
        locked(() -> {
            listeners.forEach(QueueListener::changed);
            return null;
        });
    }

    /** Today in the station's time zone: tickets of other days are not in today's queue. */
    public LocalDate today() {
        return policy.dayOf(clock.instant());
    }

    /** Every window some service names, in order. */
    public List<Integer> windows() {
        TreeSet<Integer> all = new TreeSet<>();
        services().forEach(s -> all.addAll(s.windows()));
        return List.copyOf(all);
    }

    public List<ServiceItem> services() {
        List<ServiceItem> cached = servicesCache;
        if (cached != null) {
            return cached;
        }
        synchronized (store) {
            // Loaded and dropped under one monitor, so a read that began before a change cannot cache its old list.
            if (servicesCache == null) {
                servicesCache = List.copyOf(store.get());
            }
            return servicesCache;
        }
    }

    /**
     * Takes a ticket for {@code service}. The same {@code requestId} always gives the same ticket (a double tap or a
     * retry); with a card, a person who already waits for this service gets that ticket back.
     */
    public IssueResult take(String requestId, char service, Optional<CardIdentity> card) {
        ServiceItem item = service(service);
        Instant now = clock.instant();
        QueuePolicy rules = policy;
        LocalDate day = rules.dayOf(now);
        PriorityReason priority = card.filter(c -> c.ageOn(day) >= rules.priorityAge())
                .map(c -> PriorityReason.ELDERLY).orElse(PriorityReason.NONE);
        QueueRepository.Issued issued = locked(() -> {
            QueueRepository.Issued result = repository.issue(requestId, item.letter(), day, now, priority,
                    card.map(c -> personKeys.of(c.idNumber())));
            if (result.kind() == IssueResult.Kind.ISSUED) {
                listeners.forEach(QueueListener::changed);
            }
            return result;
        });
        // Durable before the caller shows or prints it (a number is never issued twice, power cut or not); the
        // fsync runs outside the lock, shared with any other commits of the moment, so calls do not wait for it.
        repository.makeDurable();
        return new IssueResult(issued.ticket(), issued.kind(), estimate(issued.ticket()));
    }

    /**
     * Runs, without issuing anything, what taking a ticket does: a card holder's keyed hash, the ticket's own
     * writes and reads in a transaction rolled back ({@link QueueRepository#rehearseIssue}), the service's waiting
     * tickets, its recent pace and its windows' states. The first ticket in a process otherwise paid their code and
     * the store's first reads of those pages (issue 18: the first card ticket was the slowest touch left). Nothing
     * is stored, no listener is told; safe on any thread.
     */
    public void warmUp() {
        LocalDate day = today();
        String personKey = personKeys.of("110101190001010000");
        services().stream().findFirst().ifPresent(item -> estimate(locked(() ->
                repository.rehearseIssue(item.letter(), day, clock.instant(), Optional.of(personKey)))));
        for (ServiceItem item : services()) {
            repository.waiting(day, List.of(item.letter()));
            repository.recentServiceTime(item.letter(), SERVICE_TIME_SAMPLE);
            item.windows().forEach(repository::windowState);
        }
    }

    /** People ahead of a waiting ticket and the likely wait, from the service's recent pace and open windows. */
    public WaitEstimate estimate(Ticket ticket) {
        if (ticket.status() != TicketStatus.WAITING) {
            return new WaitEstimate(0, Duration.ZERO);
        }
        List<Ticket> waiting = repository.waiting(ticket.day(), List.of(ticket.service()));
        int ahead = 0;
        boolean before = true;
        for (Ticket t : waiting) {
            if (t.id() == ticket.id()) {
                before = false;
            } else if (before || (t.priority().isPriority() && !ticket.priority().isPriority())) {
                ahead++;
            }
        }
        ServiceItem item = service(ticket.service());
        int open = (int) item.windows().stream().filter(w -> !repository.windowState(w).paused()).count();
        Duration perPerson = repository.recentServiceTime(ticket.service(), SERVICE_TIME_SAMPLE)
                .orElse(policy.defaultServiceTime());
        return WaitEstimate.of(ahead, perPerson, open);
    }

    /** Calls the next ticket to {@code window} (the previous one there counts as finished). Empty: nobody waits. */
    public Optional<Call> callNext(int window) {
        List<Character> served = servicesOf(window);
        return locked(() -> {
            Instant now = clock.instant();
            Optional<QueueRepository.CallOutcome> outcome = repository.callNext(window, served,
                    policy.dayOf(now), now, nextRule);
            // The displays and the voice first, right after the commit: the rating and the consoles can wait.
            Optional<Call> call = outcome.flatMap(QueueRepository.CallOutcome::call);
            call.ifPresent(c -> listeners.forEach(l -> l.called(c)));
            outcome.flatMap(QueueRepository.CallOutcome::finished).ifPresent(t -> openRating(window, t, now));
            listeners.forEach(QueueListener::changed);
            return call;
        });
    }

    public Call recall(int window) {
        requireWindow(window);
        return locked(() -> {
            Call call = repository.recall(window, today(), clock.instant());
            listeners.forEach(l -> l.called(call));
            return call;
        });
    }

    public Ticket finish(int window) {
        requireWindow(window);
        return locked(() -> {
            Instant now = clock.instant();
            Ticket done = repository.end(window, today(), now, TicketStatus.DONE);
            openRating(window, done, now);
            listeners.forEach(QueueListener::changed);
            return done;
        });
    }

    public Ticket noShow(int window) {
        requireWindow(window);
        return changing(() -> repository.end(window, today(), clock.instant(), TicketStatus.NO_SHOW));
    }

    public Ticket hold(int window) {
        requireWindow(window);
        return changing(() -> repository.hold(window, today()));
    }

    public Call resume(long ticketId, int window) {
        requireWindow(window);
        return locked(() -> {
            Instant now = clock.instant();
            QueueRepository.CallOutcome outcome = repository.resume(ticketId, window, today(), now);
            outcome.finished().ifPresent(t -> openRating(window, t, now));
            Call call = outcome.call().orElseThrow();
            listeners.forEach(l -> l.called(call));
            listeners.forEach(QueueListener::changed);
            return call;
        });
    }

    /** Moves a ticket to another service; it keeps its arrival time, so its place among that service's tickets. */
    public Ticket transfer(long ticketId, char toService) {
        service(toService);
        return changing(() -> repository.transfer(ticketId, toService));
    }

    /** Staff mark a waiting ticket as priority (military, disabled) or take the mark away. */
    public Ticket setPriority(long ticketId, PriorityReason reason) {
        return changing(() -> repository.setPriority(ticketId, reason));
    }

    public void pause(int window, boolean paused) {
        requireWindow(window);
        changing(() -> {
            repository.setPaused(window, paused);
            return null;
        });
    }

    public WindowView window(int window) {
        requireWindow(window);
        LocalDate day = today();
        List<Character> served = servicesOf(window);
        return new WindowView(repository.windowState(window), served, repository.current(window, day),
                repository.held(window, day), repository.waiting(day, served));
    }

    public List<Call> recentCalls(int limit) {
        return repository.recentCalls(limit);
    }

    public List<Call> callsAfter(long id, int limit) {
        return repository.callsAfter(id, limit);
    }

    /** Every ticket of the days {@code from} to {@code to}, for statistics. */
    public List<Ticket> ticketsBetween(LocalDate from, LocalDate to) {
        return repository.ticketsBetween(from, to);
    }

    /** The rating open at {@code window}, if a ticket finished there less than the rating time ago. */
    public Optional<PendingRating> pendingRating(int window) {
        PendingRating pending = ratings.get(window);
        if (pending == null || !clock.instant().isBefore(pending.deadline())) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** Records the villager's rating (1 = 非常不满意 ... 5 = 非常满意) of the ticket just finished at the window. */
    public void rate(int window, int level) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("rating level must be 1-5, got " + level);
        }
        PendingRating pending = pendingRating(window).orElseThrow(() -> new QueueException(Reason.NOT_RATEABLE,
                "no rating open at window " + window));
        ratings.remove(window, pending);
        repository.rate(pending.ticketId(), level);
        LOG.log(Level.DEBUG, "window {0}: {1} rated {2}", window, pending.ticket(), level);
    }

    private void openRating(int window, Ticket done, Instant now) {
        ratings.put(window, new PendingRating(done.id(), done.label(), window, now.plus(policy.ratingWindow())));
        listeners.forEach(l -> l.finished(window, done));
    }

    private List<Character> servicesOf(int window) {
        List<Character> served = new ArrayList<>();
        for (ServiceItem s : services()) {
            if (s.windows().contains(window)) {
                served.add(s.letter());
            }
        }
        if (served.isEmpty()) {
            throw new QueueException(Reason.UNKNOWN_WINDOW, "no service is served at window " + window);
        }
        return served;
    }

    private void requireWindow(int window) {
        servicesOf(window);
    }

    private ServiceItem service(char letter) {
        return services().stream().filter(s -> s.letter() == letter).findFirst()
                .orElseThrow(() -> new QueueException(Reason.UNKNOWN_SERVICE, "no service " + letter));
    }

    private <T> T changing(Supplier<T> change) {
        return locked(() -> {
            T result = change.get();
            listeners.forEach(QueueListener::changed);
            return result;
        });
    }

    private <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
