package org.xiangli.kiosk.ui;

import java.time.Duration;
import java.util.Optional;
import javafx.scene.Node;

/** One page of the kiosk. A screen is built fresh each time it is opened, so nothing carries over between visits. */
public interface Screen {

    /** The page title under the header; empty for the home page. */
    String title();

    Node view();

    /** Called when the page is left for good: drop anything personal, stop timers and speech. */
    default void leave() {
    }

    /** A shorter idle countdown for pages that show personal data; empty = the configured page timeout. */
    default Optional<Duration> idleTimeout() {
        return Optional.empty();
    }
}
