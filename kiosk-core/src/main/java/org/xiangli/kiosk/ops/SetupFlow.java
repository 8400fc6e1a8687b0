package org.xiangli.kiosk.ops;

import java.io.IOException;
import java.lang.System.Logger.Level;
import org.xiangli.kiosk.config.KioskConfig;

/**
 * The zero-touch set-up screen's logic, with no JavaFX: collects a keyboard-mode scanner's keystrokes into codes
 * (a burst ending in Enter) and applies each code. The screen only shows {@link #state()}.
 */
public final class SetupFlow {

    private static final System.Logger LOG = System.getLogger(SetupFlow.class.getName());
    /** A provisioning code is a few hundred characters; a stuck key must not grow the buffer forever. */
    private static final int MAX_CODE = 8192;

    /** What the screen shows: a message key of the resource bundle, and a detail line (the refusal reason). */
    public record State(String messageKey, String detail, boolean configured) {
    }

    private final ZeroTouchSetup setup;
    private final StringBuilder typed = new StringBuilder();
    private State state = new State("setup.scan", "", false);

    public SetupFlow(ZeroTouchSetup setup) {
        this.setup = setup;
    }

    public State state() {
        return state;
    }

    /** One typed character from the scanner (or a keyboard); Enter ends a code. Returns the state after it. */
    public State typed(String character) {
        if (state.configured()) {
            return state;
        }
        if (character.equals("\r") || character.equals("\n")) {
            String code = typed.toString();
            typed.setLength(0);
            return code.isBlank() ? state : scanned(code);
        }
        if (typed.length() < MAX_CODE) {
            typed.append(character);
        }
        return state;
    }

    /** A whole scanned code (a serial scanner delivers lines). */
    public State scanned(String code) {
        try {
            KioskConfig config = setup.apply(code);
            LOG.log(Level.INFO, "zero-touch set-up: configured as station {0} ({1})", config.station().code(),
                    config.station().name());
            state = new State("setup.done", config.station().name(), true);
        } catch (ProvisioningCodeException e) {
            LOG.log(Level.WARNING, "zero-touch set-up: code refused: {0}", e.getMessage());
            state = new State("setup.refused." + e.reason().name().toLowerCase(java.util.Locale.ROOT),
                    e.getMessage(), false);
        } catch (IOException e) {
            LOG.log(Level.ERROR, "zero-touch set-up: cannot write the config: {0}", e.getMessage());
            state = new State("setup.write_failed", e.getMessage(), false);
        }
        return state;
    }
}
