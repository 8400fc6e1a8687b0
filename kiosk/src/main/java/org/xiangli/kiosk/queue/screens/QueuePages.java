package org.xiangli.kiosk.queue.screens;

import java.util.Optional;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.queue.ServiceGuideRepository;
import org.xiangli.kiosk.queue.ServiceItem;
import org.xiangli.kiosk.queue.TicketDesk;
import org.xiangli.kiosk.speech.Speech;
import org.xiangli.kiosk.ui.FxUi;
import org.xiangli.kiosk.ui.Navigator;
import org.xiangli.kiosk.ui.Screen;

/** The service guide and its service pages (where tickets are taken), each built fresh when opened. */
public final class QueuePages {

    private final Messages messages;
    private final ServiceGuideRepository guide;
    private final TicketDesk desk;
    private final Speech speech;
    private final FxUi ui;
    private final Navigator navigator;

    public QueuePages(Messages messages, ServiceGuideRepository guide, TicketDesk desk, Speech speech, FxUi ui,
                      Navigator navigator) {
        this.messages = messages;
        this.guide = guide;
        this.desk = desk;
        this.speech = speech;
        this.ui = ui;
        this.navigator = navigator;
    }

    public Screen serviceGuide() {
        return serviceGuide(Optional.empty());
    }

    /** The services, each opening its page with {@code card}'s holder ready for the 取号 button. */
    public Screen serviceGuide(Optional<IdentityCard> card) {
        return new ServiceGuideScreen(messages, guide.all(), navigator::open, this::serviceDetail, card);
    }

    public Screen serviceDetail(ServiceItem service) {
        return serviceDetail(service, Optional.empty());
    }

    public Screen serviceDetail(ServiceItem service, Optional<IdentityCard> card) {
        return new ServiceDetailScreen(messages, service, desk, navigator::open, speech, ui, card,
                navigator.portrait());
    }

    /**
     * The ticket page as it opens for a number taken for {@code service} at {@code now}, with a sample number and
     * nothing issued: what the kiosk builds ahead to warm up (issue 18), never shown. {@code holder}: as for a card
     * holder of the priority age (绿色通道 and the masked name on the page), else a ticket taken by touch.
     */
    public Screen ticketPreview(ServiceItem service, java.time.ZonedDateTime now, Optional<String> holder) {
        var priority = holder.isPresent() ? org.xiangli.kiosk.queue.PriorityReason.ELDERLY
                : org.xiangli.kiosk.queue.PriorityReason.NONE;
        var ticket = new org.xiangli.kiosk.queue.Ticket(0, now.toLocalDate(), service.letter(), 0, service.letter(),
                priority, org.xiangli.kiosk.queue.TicketStatus.WAITING,
                now.toInstant(), Optional.empty(), Optional.empty(), 0, 0, Optional.empty());
        var receipt = new org.xiangli.kiosk.queue.TicketReceipt("", "", service.letter(), service.name(),
                ticket.label(), java.util.List.of(1), 0, 0, now, priority.isPriority(),
                org.xiangli.kiosk.queue.TicketReceipt.qrText("WARM-UP", now.toLocalDate(), ticket.label()));
        var issue = new org.xiangli.kiosk.queue.IssueResult(ticket, org.xiangli.kiosk.queue.IssueResult.Kind.ISSUED,
                new org.xiangli.kiosk.queue.WaitEstimate(0, java.time.Duration.ZERO));
        return new TicketScreen(messages, new TicketDesk.IssuedTicket(issue, receipt), holder,
                navigator.portrait());
    }
}
