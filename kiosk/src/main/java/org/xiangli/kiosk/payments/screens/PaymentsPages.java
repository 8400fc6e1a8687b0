package org.xiangli.kiosk.payments.screens;

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

    public Screen results(LookupOutcome.Found found) {
        return new PaymentResultsScreen(messages, navigator.session(), payments.orElseThrow(), found,
                navigator.portrait(), say);
    }
}
