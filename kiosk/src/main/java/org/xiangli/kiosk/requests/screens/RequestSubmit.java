package org.xiangli.kiosk.requests.screens;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.xiangli.hal.printer.PrintFailure;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.requests.Request;
import org.xiangli.kiosk.requests.RequestSlip;
import org.xiangli.kiosk.requests.RequestTopic;
import org.xiangli.kiosk.requests.RequestsContext;
import org.xiangli.kiosk.ui.PrinterReasons;

/** Stores a request off the UI thread, prints its slip, and hands back the request and whether the slip printed. */
final class RequestSubmit {

    private static final System.Logger LOG = System.getLogger(RequestSubmit.class.getName());

    /** The request stored; {@code printed} is empty when the slip came out, else why it did not. */
    record Submitted(Request request, Optional<String> printed) {
    }

    private RequestSubmit() {
    }

    static void submit(RequestsContext s, Messages messages, RequestTopic topic, String phraseKey,
                       Optional<Path> voice, String phone, Consumer<Submitted> done, Consumer<String> failed) {
        try {
            s.work().execute(() -> {
                Request request;
                try {
                    request = s.desk().submit(topic, phraseKey, voice, phone);
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "the request could not be stored", e);
                    s.ui().execute(() -> failed.accept(messages.get("errand.unavailable")));
                    return;
                }
                s.printer().print(RequestSlip.of(request, s.desk().code(request), messages, s.stationName(),
                        ZonedDateTime.now(s.clock().withZone(s.zone())))).whenComplete((result, error) -> {
                    Optional<String> why = Optional.empty();
                    if (error != null || !result.complete()) {
                        LOG.log(Level.WARNING, "request slip {0} not printed: {1}", request.number(),
                                error != null ? error.toString() : result.statusAfter());
                        PrintFailure failure = error != null ? PrintFailure.of(error)
                                : result.failure().orElse(PrintFailure.FAULT);
                        why = Optional.of(PrinterReasons.text(messages, failure).map(r -> r + " ").orElse("")
                                + messages.get("request.submitted.notPrinted"));
                    }
                    Optional<String> printed = why;
                    s.ui().execute(() -> done.accept(new Submitted(request, printed)));
                });
            });
        } catch (RejectedExecutionException e) {
            failed.accept(messages.get("errand.unavailable"));
        }
    }
}
