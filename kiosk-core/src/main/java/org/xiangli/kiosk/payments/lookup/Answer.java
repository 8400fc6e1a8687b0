package org.xiangli.kiosk.payments.lookup;

import java.util.Optional;
import org.xiangli.kiosk.payments.model.Payer;

/** A source's answer: the payer (empty when unknown there) and how fresh it is. */
public record Answer(Optional<Payer> payer, Freshness freshness) {
}
