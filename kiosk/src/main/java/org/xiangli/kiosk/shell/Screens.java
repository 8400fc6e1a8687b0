package org.xiangli.kiosk.shell;

import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.ui.Screen;

import org.xiangli.kiosk.content.screens.ArticleScreen;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.screens.ContentStatusScreen;
import org.xiangli.kiosk.content.screens.PublicityScreen;
import org.xiangli.kiosk.content.screens.SearchScreen;
import org.xiangli.kiosk.payments.screens.IdentifyScreen;
import org.xiangli.kiosk.payments.screens.IdNumberEntryScreen;
import org.xiangli.kiosk.payments.LookupOutcome;
import org.xiangli.kiosk.payments.screens.PaymentResultsScreen;
import org.xiangli.kiosk.payments.screens.PaymentsUnavailableScreen;
import org.xiangli.kiosk.payments.screens.PhoneDigitsScreen;
import org.xiangli.kiosk.queue.screens.ServiceDetailScreen;
import org.xiangli.kiosk.queue.screens.ServiceGuideScreen;
import org.xiangli.kiosk.queue.ServiceItem;

/** Builds each page with what it needs; one place that knows every screen of the kiosk. */
public final class Screens {

    /** Enough to see a pattern (the same refusal at every poll) and still read on two or three pages. */
    static final int CONTENT_ATTEMPTS_SHOWN = 10;

    private final KioskShell shell;
    private final ShellContext context;
    private final Messages messages;

    Screens(KioskShell shell, ShellContext context, Messages messages) {
        this.shell = shell;
        this.context = context;
        this.messages = messages;
    }

    public Screen home() {
        return new HomeScreen(messages, shell.portraitProperty(), this, shell);
    }

    public Screen publicity() {
        return new PublicityScreen(messages, context.content(), shell::open, this);
    }

    public Screen article(ContentItem item) {
        return new ArticleScreen(messages, item, context.content().categories(), context.speech(),
                context.content()::asset);
    }

    public Screen search() {
        return new SearchScreen(messages, context.content(), shell::open, this);
    }

    public Screen serviceGuide() {
        return new ServiceGuideScreen(messages, context.serviceGuide().all(), shell::open, this);
    }

    public Screen serviceDetail(ServiceItem service) {
        return new ServiceDetailScreen(messages, service, context.ticketDesk(), shell::open, context.speech(),
                new FxUi());
    }

    /** The payments lookup, or a page saying it is unavailable (no data key on this kiosk). */
    public Screen payments() {
        return context.payments().<Screen>map(p -> new IdentifyScreen(messages, shell::open, this, p,
                shell.session())).orElseGet(this::paymentsUnavailable);
    }

    public Screen paymentsUnavailable() {
        return new PaymentsUnavailableScreen(messages);
    }

    public boolean paymentsAvailable() {
        return context.payments().isPresent();
    }

    public Screen idNumberEntry() {
        return new IdNumberEntryScreen(messages, shell.session(), shell.portraitProperty().get(), shell::open, this,
                context.payments().orElseThrow().idle());
    }

    public Screen phoneDigits(String idNumber) {
        return new PhoneDigitsScreen(messages, shell.session(), context.payments().orElseThrow(), idNumber, shell::open, this,
                shell.portraitProperty().get());
    }

    public Screen paymentResults(LookupOutcome.Found found) {
        return new PaymentResultsScreen(messages, shell.session(), context.payments().orElseThrow(), found,
                shell.portraitProperty().get());
    }

    /** What the technician PIN opens. */
    public Screen technicianMenu() {
        return new TechnicianMenuScreen(messages, () -> shell.open(contentStatus()), context.onTechnicianExit());
    }

    public Screen contentStatus() {
        return new ContentStatusScreen(messages, context.contentStatus().read(CONTENT_ATTEMPTS_SHOWN),
                CONTENT_ATTEMPTS_SHOWN, context.clock().getZone());
    }

    public Screen help() {
        return new HelpScreen(messages, shell, context.speech());
    }
}
