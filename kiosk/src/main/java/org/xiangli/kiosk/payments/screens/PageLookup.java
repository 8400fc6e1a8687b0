package org.xiangli.kiosk.payments.screens;

import org.xiangli.kiosk.payments.LookupOutcome;
import org.xiangli.kiosk.payments.OutcomeText;
import org.xiangli.kiosk.payments.PaymentsContext;
import org.xiangli.kiosk.payments.PaymentsLookups;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;

/**
 * The one lookup an identification page runs at a time: the "正在查询…" cover while it runs, the results page when
 * the payer is found, the reason in the page's feedback line otherwise. Cancelled when the page is left or the
 * session wiped, so a late answer reaches nothing.
 */
final class PageLookup {

    private final PaymentsContext payments;
    private final LookupWaitPanel wait;
    /** The page's feedback line: empty, or why nobody was found. */
    private final Consumer<String> feedback;
    private final Messages messages;
    private final Consumer<Screen> open;
    private final PaymentsPages screens;
    private PaymentsLookups.Pending pending;

    PageLookup(PaymentsContext payments, LookupWaitPanel wait, Consumer<String> feedback, Messages messages,
               Consumer<Screen> open, PaymentsPages screens) {
        this.payments = payments;
        this.wait = wait;
        this.feedback = feedback;
        this.messages = messages;
        this.open = open;
        this.screens = screens;
    }

    /** Starts {@code lookup}, replacing one still running (the villager meant the last card or code). */
    void start(Supplier<LookupOutcome> lookup) {
        cancel();
        feedback.accept("");
        wait.waiting(true);
        PaymentsLookups.Pending started = payments.lookups().start(lookup, this::show);
        // A refused lookup is answered at once, before start() returns: then nothing is pending.
        pending = started.isDone() ? null : started;
    }

    boolean running() {
        return pending != null;
    }

    /** Whether the "正在查询…" cover is up. */
    boolean isWaiting() {
        return wait.isWaiting();
    }

    void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        wait.waiting(false);
    }

    private void show(LookupOutcome outcome) {
        pending = null;
        wait.waiting(false);
        if (outcome instanceof LookupOutcome.Found found) {
            feedback.accept("");
            open.accept(screens.results(found));
        } else {
            feedback.accept(OutcomeText.of(outcome, messages, payments.clock().instant()));
        }
    }
}
