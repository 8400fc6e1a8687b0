package org.xiangli.kiosk.staff;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * 呼叫工作人员: the kiosk's calls for staff. A call is recorded with this kiosk's station code, the page and the time,
 * and every listener hears of it; every logged-in staff console rings and shows it; staff answer it there,
 * which records who and when. A villager who presses again while their call is fresh and unanswered gets that same
 * call back, not a second one: staff are already coming.
 *
 * <p>Thread-safe; calls block on the store (a few milliseconds), so the kiosk makes them off the UI thread.
 */
public final class HelpDesk {

    private static final System.Logger LOG = System.getLogger(HelpDesk.class.getName());
    /** A press within this time of an unanswered call is the same call. */
    public static final Duration SAME_CALL = Duration.ofMinutes(2);

    /** Hears calls and answers; called on the thread that made them. */
    public interface Listener {
        void called(HelpCall call);

        default void answered(HelpCall call) {
        }
    }

    private final HelpCallRepository calls;
    private final String station;
    private final Clock clock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public HelpDesk(HelpCallRepository calls, String station, Clock clock) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.station = Objects.requireNonNull(station, "station");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * A villager asked for staff on {@code page}: the call recorded (or the fresh unanswered one of this kiosk, when
     * there is one) and announced to the listeners.
     */
    public synchronized HelpCall call(String page, HelpCall.Source source) {
        Instant now = clock.instant();
        for (HelpCall open : calls.open()) {
            if (open.station().equals(station) && !open.calledAt().isBefore(now.minus(SAME_CALL))) {
                return open;
            }
        }
        HelpCall call = calls.record(station, page, source, now);
        LOG.log(Level.INFO, "help call {0} from station {1}, page \"{2}\" ({3})", call.id(), station, page, source);
        for (Listener listener : listeners) {
            try {
                listener.called(call);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "help call listener failed", e);
            }
        }
        return call;
    }

    /** Calls nobody has answered yet, oldest first: what the console shows. */
    public List<HelpCall> open() {
        return calls.open();
    }

    /** Calls made in [from, to), oldest first: the statistics. */
    public List<HelpCall> between(Instant from, Instant to) {
        return calls.between(from, to);
    }

    /** {@code staff} answers call {@code id}; false when it was answered already or does not exist. */
    public synchronized boolean answer(long id, String staff) {
        if (!calls.answer(id, staff, clock.instant())) {
            return false;
        }
        calls.find(id).ifPresent(answered -> {
            LOG.log(Level.INFO, "help call {0} (station {1}, page \"{2}\") answered by {3} after {4} s", id,
                    answered.station(), answered.page(), staff,
                    String.valueOf(answered.waited().map(Duration::toSeconds).orElse(0L)));
            listeners.forEach(l -> l.answered(answered));
        });
        return true;
    }
}
