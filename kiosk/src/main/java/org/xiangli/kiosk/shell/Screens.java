package org.xiangli.kiosk.shell;

import java.util.Optional;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.ui.DeviceAware;
import org.xiangli.kiosk.content.screens.ContentPages;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.payments.screens.PaymentsPages;
import org.xiangli.kiosk.queue.screens.QueuePages;
import org.xiangli.kiosk.ui.Screen;

/**
 * The kiosk's pages, composed: each feature builds its own pages through its factory ({@link ContentPages},
 * {@link QueuePages}, {@link PaymentsPages}); the shell adds home, help and the technician's pages. Rebuilt when
 * the language changes, so every page is made with the current messages.
 */
public final class Screens {

    private final KioskShell shell;
    private final ShellContext context;
    private final Messages messages;
    private final ContentPages content;
    private final QueuePages queue;
    private final PaymentsPages payments;
    private final org.xiangli.kiosk.errands.screens.ErrandsPages errands;
    private final org.xiangli.kiosk.requests.screens.RequestsPages requests;

    Screens(KioskShell shell, ShellContext context, Messages messages) {
        this.shell = shell;
        this.context = context;
        this.messages = messages;
        this.content = new ContentPages(messages, context.content(), context.speech(), shell,
                context.contentStatus(), context.clock().getZone());
        this.queue = new QueuePages(messages, context.serviceGuide(), context.ticketDesk(), context.speech(),
                context.ui(), shell);
        this.payments = new PaymentsPages(messages, context.payments(), shell, context.speech()::speak);
        this.errands = new org.xiangli.kiosk.errands.screens.ErrandsPages(messages,
                context.station().map(org.xiangli.kiosk.station.StationServices::errands), shell);
        this.requests = new org.xiangli.kiosk.requests.screens.RequestsPages(messages,
                context.station().map(org.xiangli.kiosk.station.StationServices::requests), shell,
                () -> new org.xiangli.kiosk.satisfaction.screens.SatisfactionScreen(messages,
                        context.station().orElseThrow().satisfaction()));
    }

    public ContentPages content() {
        return content;
    }

    public QueuePages queue() {
        return queue;
    }

    public PaymentsPages payments() {
        return payments;
    }

    public org.xiangli.kiosk.errands.screens.ErrandsPages errands() {
        return errands;
    }

    public org.xiangli.kiosk.requests.screens.RequestsPages requests() {
        return requests;
    }

    public Screen home() {
        return new HomeScreen(messages, shell.portraitProperty(), this, shell);
    }

    /** What the technician PIN opens. */
    public Screen technicianMenu() {
        return new TechnicianMenuScreen(messages, () -> shell.open(content.contentStatus()),
                context.onTechnicianExit());
    }

    /** The chooser for a card laid on the reader at home: 取号 or 查缴费 for its holder. */
    public Screen cardChooser(IdentityCard card) {
        return new CardChooserScreen(messages, card, shell.portraitProperty(), shell.session(),
                c -> shell.open(queue.serviceGuide(Optional.of(c))),
                c -> {
                    // The payments page, handed the card as if it had been laid there: the lookup starts.
                    Screen page = payments.identify();
                    shell.open(page);
                    if (page instanceof DeviceAware cardPage) {
                        cardPage.onCardRead(c);
                    }
                });
    }

    public Screen help() {
        return new HelpScreen(messages, shell, context.speech());
    }
}
