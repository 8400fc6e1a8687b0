package org.xiangli.kiosk.shell;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.xiangli.kiosk.i18n.Messages;

/**
 * Says that a villager's session is about to end, and when: the card was taken away (身份证已取走，10 秒后返回首页,
 * the seconds counting down its grace), or nobody touched the page for a while (继续使用？ with a button). Said
 * aloud as it appears.
 */
final class SessionEnding {

    /** How long a session lasts once its card was taken off the reader. */
    static final Duration CARD_GONE_GRACE = Duration.ofSeconds(10);
    /** The longest 继续使用？ shows before an idle return; a short page timeout gets a quarter of it. */
    static final Duration STILL_THERE = Duration.ofSeconds(10);

    private final ShellNotice notice;
    private final Consumer<String> speak;
    /** The card's grace left, or null while no card was taken away. */
    private Duration cardGone;

    SessionEnding(StackPane root, Consumer<String> speak) {
        this.notice = new ShellNotice(root, Pos.BOTTOM_CENTER, "ending-notice");
        this.speak = speak;
    }

    /** The card left the reader: the grace starts. */
    void cardLeft() {
        cardGone = CARD_GONE_GRACE;
    }

    /** A card is back, or the session ended anyway: no grace runs. */
    void cardBack() {
        cardGone = null;
    }

    /** Counts the grace down; true once it ran out (the shell then goes home). */
    boolean graceOver(Duration elapsed) {
        if (cardGone == null) {
            return false;
        }
        cardGone = cardGone.minus(elapsed);
        return cardGone.isNegative() || cardGone.isZero();
    }

    /**
     * Shows, updates or hides the notice for the page shown now; {@code stillHere} runs when the villager answers
     * 继续使用 (the idle countdown starts again).
     */
    void update(boolean home, boolean attractShowing, IdleCountdown idle, Messages messages, Runnable stillHere) {
        long prompt = Math.min(STILL_THERE.toSeconds(), idle.pageTimeout().toSeconds() / 4);
        String words;
        Optional<String> answer = Optional.empty();
        if (!home && cardGone != null) {
            words = messages.get("shell.cardGone", Math.max(0, (cardGone.toMillis() + 999) / 1000));
        } else if (!home && !attractShowing && prompt > 0 && idle.secondsLeft() <= prompt) {
            words = messages.get("shell.stillThere", idle.secondsLeft());
            answer = Optional.of(messages.get("shell.continue"));
        } else {
            notice.hide();
            return;
        }
        boolean appearing = !notice.showing();
        notice.show(words, answer, () -> {
            notice.hide();
            stillHere.run();
        });
        if (appearing) {
            speak.accept(words);
        }
    }

    /** The notice, or null while none shows. */
    Node node() {
        return notice.node();
    }
}
