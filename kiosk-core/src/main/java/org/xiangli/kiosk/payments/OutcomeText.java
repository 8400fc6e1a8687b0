package org.xiangli.kiosk.payments;

import java.time.Duration;
import java.time.Instant;
import org.xiangli.kiosk.i18n.Messages;

/** What the screen says for an identification that found nothing to show. */
public final class OutcomeText {

    private OutcomeText() {
    }

    public static String of(LookupOutcome outcome, Messages messages, Instant now) {
        return switch (outcome) {
            case LookupOutcome.Found f -> "";
            case LookupOutcome.NotFound n -> messages.get("payments.notFound");
            case LookupOutcome.NoMatch m -> messages.get("payments.noMatch", m.attemptsLeft());
            case LookupOutcome.Locked l -> messages.get("payments.locked", minutes(Duration.between(now, l.until()),
                    messages));
            case LookupOutcome.InvalidNumber i -> messages.get("payments.invalidNumber");
            case LookupOutcome.OtherStation o -> messages.get("payments.otherStation");
            case LookupOutcome.NotABill b -> messages.get("payments.notABill");
            case LookupOutcome.Unavailable u -> messages.get("payments.unavailable");
        };
    }

    private static String minutes(Duration left, Messages messages) {
        long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
        return messages.isChinese() ? minutes + " 分钟" : minutes + " min";
    }
}
