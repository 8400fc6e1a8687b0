package org.xiangli.kiosk.shell;

import java.util.concurrent.Executor;
import org.xiangli.kiosk.staff.HelpDesk;
import java.time.Clock;
import java.util.Optional;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.sync.ContentStatusReader;
import org.xiangli.kiosk.ops.TechnicianPin;
import org.xiangli.kiosk.payments.PaymentsContext;
import org.xiangli.kiosk.queue.ServiceGuideRepository;
import org.xiangli.kiosk.queue.TicketDesk;
import org.xiangli.kiosk.speech.Speech;
import org.xiangli.kiosk.ui.FxUi;

/**
 * What the screens need, handed to them at construction (no singletons). {@code payments} is empty when the
 * payments lookup cannot run (no readable data key); {@code ui} is the one adapter to the JavaFX thread;
 * {@code helpCalls} is where calls for staff are recorded, off the UI thread; {@code station} (errands, requests,
 * satisfaction) is empty without a data key, as payments.
 */
public record ShellContext(
        KioskConfig config,
        Clock clock,
        FxUi ui,
        ContentLibrary content,
        ServiceGuideRepository serviceGuide,
        Speech speech,
        Optional<PaymentsContext> payments,
        String fontFamily,
        Runnable onTechnicianExit,
        TicketDesk ticketDesk,
        ContentStatusReader contentStatus,
        TechnicianPin technicianPin,
        HelpDesk helpDesk,
        Executor helpCalls,
        Optional<org.xiangli.kiosk.station.StationServices> station) {
}
