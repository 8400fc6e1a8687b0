package org.xiangli.kiosk.shell;

import java.time.Duration;
import java.util.function.Supplier;
import javafx.scene.layout.StackPane;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.i18n.Messages;

/**
 * The bulletin board (the attract loop) over the shell's page while nobody is at the screen: shown when the idle
 * countdown says so, gone at the first touch, card, scan or person the sensor sees.
 */
final class BulletinBoardLayer {

    private final StackPane root;
    private final ContentLibrary content;
    private final Duration slideTime;
    private AttractLoop board;

    BulletinBoardLayer(StackPane root, ContentLibrary content, Duration slideTime) {
        this.root = root;
        this.content = content;
        this.slideTime = slideTime;
    }

    /** Shows the board in the language of {@code messages}, unless it shows already. */
    void show(Supplier<Messages> messages) {
        if (board != null) {
            return;
        }
        board = new AttractLoop(messages.get(), content.featured(), content.categories(), slideTime);
        root.getChildren().add(board.node());
        board.start();
        // Nobody is at the screen: the old garbage is collected now (a full collection under Serial GC, ~100 ms
        // here, more on a Pi), not when the heap fills up under the next villager's touch (issue 18).
        Thread.ofPlatform().name("idle-collection").daemon(true).start(System::gc);
    }

    /** Takes the board away, if it shows. */
    void hide() {
        if (board != null) {
            board.stop();
            root.getChildren().remove(board.node());
            board = null;
        }
    }

    /** Stops its slides when the kiosk stops (the board itself may stay in the scene). */
    void stop() {
        if (board != null) {
            board.stop();
        }
    }

    boolean showing() {
        return board != null;
    }

    /** The board while it shows, else null (tests). */
    AttractLoop board() {
        return board;
    }
}
