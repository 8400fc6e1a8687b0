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
}
