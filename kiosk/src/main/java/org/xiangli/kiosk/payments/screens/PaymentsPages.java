package org.xiangli.kiosk.payments.screens;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.payments.LookupOutcome;
import org.xiangli.kiosk.payments.PaymentsContext;
import org.xiangli.kiosk.ui.Navigator;
import org.xiangli.kiosk.ui.Screen;

/**
 * The payments lookup pages: identify (card, bill QR or typed number), phone digits, results; or the page saying the
 * lookup is unavailable when this kiosk has no data key ({@code payments} empty).
 */
public final class PaymentsPages {

    private final Messages messages;
    private final Optional<PaymentsContext> payments;
    private final Navigator navigator;
    private final Consumer<String> say;
    /** What clears the numbers typed on the way to the records: run when the records open (a public screen). */
    private final java.util.List<Runnable> typedNumbers = new java.util.ArrayList<>();

    /** @param say reads a text aloud (why a statement did not print) */
    public PaymentsPages(Messages messages, Optional<PaymentsContext> payments, Navigator navigator,
                         Consumer<String> say) {
        this.say = say;
        this.messages = messages;
        this.payments = payments;
        this.navigator = navigator;
    }

    public boolean available() {
        return payments.isPresent();
    }

    /** The page the home tile opens: identify, or why the lookup is unavailable. */
    public Screen identify() {
        return payments.<Screen>map(p -> new IdentifyScreen(messages, navigator::open, this, p, navigator.session()))
                .orElseGet(this::unavailable);
    }

    public Screen unavailable() {
        return new PaymentsUnavailableScreen(messages);
    }

    public Screen idNumberEntry() {
        return new IdNumberEntryScreen(messages, navigator.session(), navigator.portrait(), navigator::open, this,
                payments.orElseThrow().idle());
    }

    public Screen phoneDigits(String idNumber) {
        return new PhoneDigitsScreen(messages, navigator.session(), payments.orElseThrow(), idNumber, navigator::open,
                this, navigator.portrait());
    }

    /**
     * {@code clear} wipes a number typed on a page of this lookup (the 18-digit ID number) once the records open:
     * going back must not show it in full on a public screen.
     */
    public void clearWhenFound(Runnable clear) {
        if (typedNumbers.isEmpty()) {
            navigator.session().onWipe(typedNumbers::clear);
        }
        typedNumbers.add(clear);
    }

    public Screen results(LookupOutcome.Found found) {
        List<Runnable> clear = List.copyOf(typedNumbers);
        typedNumbers.clear();
        clear.forEach(Runnable::run);
        return new PaymentResultsScreen(messages, navigator.session(), payments.orElseThrow(), found,
                navigator.portrait(), say);
    }
}
