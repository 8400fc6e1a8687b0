package org.xiangli.kiosk.shell;

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

    Screens(KioskShell shell, ShellContext context, Messages messages) {
        this.shell = shell;
        this.context = context;
        this.messages = messages;
        this.content = new ContentPages(messages, context.content(), context.speech(), shell,
                context.contentStatus(), context.clock().getZone());
        this.queue = new QueuePages(messages, context.serviceGuide(), context.ticketDesk(), context.speech(),
                context.ui(), shell);
        this.payments = new PaymentsPages(messages, context.payments(), shell);
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

    public Screen home() {
        return new HomeScreen(messages, shell.portraitProperty(), this, shell);
    }

    /** What the technician PIN opens. */
    public Screen technicianMenu() {
        return new TechnicianMenuScreen(messages, () -> shell.open(content.contentStatus()),
                context.onTechnicianExit());
    }

    public Screen help() {
        return new HelpScreen(messages, shell, context.speech());
    }
}
