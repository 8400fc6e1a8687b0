package org.xiangli.kiosk.queue;

import java.util.function.Consumer;
import org.xiangli.kiosk.i18n.Messages;

/**
 * Speaks each call at the kiosk: "请 A 0 0 3 号到 2 号窗口办理". The ticket's digits are spaced so they are read one
 * by one ("A 零零三") rather than as a number ("三"). The announcer hands the text on at once; the speech queue
 * makes sure two calls are both heard in full.
 */
public final class CallAnnouncer implements QueueListener {

    private final Messages messages;
    private final Consumer<String> announce;

    public CallAnnouncer(Messages messages, Consumer<String> announce) {
        this.messages = messages;
        this.announce = announce;
    }

    @Override
    public void called(Call call) {
        announce.accept(text(call));
    }

    public String text(Call call) {
        return messages.get("queue.announce", spelled(call.ticket()), String.valueOf(call.window()));
    }

    /** "A003" → "A 0 0 3". */
    public static String spelled(String label) {
        return String.join(" ", label.split(""));
    }
}
