package org.xiangli.kiosk.shell;

import java.time.Clock;
import java.time.Instant;
import javafx.scene.layout.StackPane;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ops.TechnicianPin;

/**
 * The technician's way in, over whatever page shows: the hidden gesture on the station name
 * ({@link TechnicianGesture}) opens the PIN pad, and the right PIN opens the technician menu. Villagers never see
 * it; a wrong PIN counts toward the lockout ({@link TechnicianPin}).
 */
final class TechnicianEntry {

    private final StackPane root;
    private final TechnicianPin pin;
    private final Clock clock;
    private final TechnicianGesture gesture = new TechnicianGesture();
    private TechnicianPinDialog dialog;

    TechnicianEntry(StackPane root, TechnicianPin pin, Clock clock) {
        this.root = root;
        this.pin = pin;
        this.clock = clock;
    }

    /** A tap on the station name: the gesture's last tap opens the PIN pad. */
    void stationTapped(Messages messages, Runnable accepted) {
        if (gesture.tap(Instant.now(clock))) {
            open(messages, accepted);
        }
    }

    /** Opens the PIN pad (once: a second call while it is open does nothing); {@code accepted} runs on the PIN. */
    void open(Messages messages, Runnable accepted) {
        if (dialog != null) {
            return;
        }
        dialog = new TechnicianPinDialog(messages, entered -> {
            TechnicianPin.Result result = pin.check(entered, clock.instant());
            if (result == TechnicianPin.Result.ACCEPTED) {
                close();
                accepted.run();
            }
            return result;
        }, this::close);
        if (!pin.isSet()) {
            dialog.feedback().setText(messages.get("technician.notSet"));
        }
        root.getChildren().add(dialog.node());
    }

    void close() {
        if (dialog != null) {
            root.getChildren().remove(dialog.node());
            dialog = null;
        }
    }

    /** The open PIN pad, or null. */
    TechnicianPinDialog dialog() {
        return dialog;
    }
}
