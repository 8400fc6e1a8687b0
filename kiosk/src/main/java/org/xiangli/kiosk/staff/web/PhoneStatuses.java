package org.xiangli.kiosk.staff.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.queue.QueueService;
import org.xiangli.kiosk.queue.Ticket;
import org.xiangli.kiosk.queue.TicketCodes;
import org.xiangli.kiosk.queue.TicketStatus;
import org.xiangli.kiosk.queue.WaitEstimate;

/** Where a ticket stands, from its phone link's code, as the phone status page says it. */
final class PhoneStatuses {

    private final QueueService queue;
    private final TicketCodes codes;
    private final Messages messages;

    PhoneStatuses(QueueService queue, TicketCodes codes, Messages messages) {
        this.queue = queue;
        this.codes = codes;
        this.messages = messages;
    }

    /** The view of the ticket {@code code} names; empty for a code that names none (or one too old). */
    Optional<PhoneView> view(String code) {
        return codes.find(code).map(this::view);
    }

    private PhoneView view(Ticket t) {
        String service = queue.services().stream().filter(s -> s.letter() == t.service()).map(s -> s.name())
                .findFirst().orElse(String.valueOf(t.service()));
        LocalDate today = queue.today();
        List<String> lines = new ArrayList<>();
        String state;
        String headline;
        if (t.day().isBefore(today) && (t.status() == TicketStatus.WAITING || t.status() == TicketStatus.HELD)) {
            state = "EXPIRED";
            headline = messages.get("web.phone.expired");
            lines.add(messages.get("web.phone.expiredHint"));
        } else {
            state = t.status().name();
            switch (t.status()) {
                case WAITING -> {
                    WaitEstimate estimate = queue.estimate(t);
                    headline = estimate.peopleAhead() == 0 ? messages.get("web.phone.next")
                            : messages.get("web.phone.ahead", estimate.peopleAhead());
                    lines.add(messages.get("web.phone.wait", estimate.minutes()));
                    lines.add(messages.get("web.phone.willShowWindow"));
                }
                case CALLED -> {
                    headline = messages.get("web.phone.called", t.window());
                    lines.add(messages.get("web.phone.calledHint"));
                }
                case HELD -> {
                    headline = messages.get("web.phone.held");
                    lines.add(messages.get("web.phone.heldHint"));
                }
                case DONE -> headline = messages.get("web.phone.done");
                case NO_SHOW -> {
                    headline = messages.get("web.phone.noShow");
                    lines.add(messages.get("web.phone.noShowHint"));
                }
                default -> throw new IllegalStateException("unknown ticket status " + t.status());
            }
        }
        return new PhoneView(t.label(), String.valueOf(t.service()) + " " + service, state, headline, lines);
    }
}
