package org.xiangli.kiosk.errands.screens;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.errands.ErrandCode;
import org.xiangli.kiosk.errands.ErrandLookup;
import org.xiangli.kiosk.errands.ErrandView;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.errands.ErrandsContext;
import org.xiangli.kiosk.ui.DeviceAware;
import org.xiangli.kiosk.ui.Navigator;
import org.xiangli.kiosk.ui.Screen;

/**
 * 办件进度, first step: a card on the reader, the receipt's QR at the scanner, or typing the ID number. The lookup
 * runs off the UI thread; the errands found open on their own page, anything else is said on this one.
 */
final class ErrandLookupScreen implements Screen, DeviceAware {

    private static final System.Logger LOG = System.getLogger(ErrandLookupScreen.class.getName());

    private final Messages messages;
    private final Optional<ErrandsContext> station;
    private final VBox page = new VBox(20);
    private final Label feedback = new Label();
    private final Navigator navigator;
    private final ErrandsPages pages;
    /** Bumped on leave: an answer that comes back after the villager left reaches nothing. */
    private int generation;

    ErrandLookupScreen(Messages messages, Optional<ErrandsContext> station, ErrandsPages pages, Navigator navigator) {
        this.messages = messages;
        this.station = station;
        this.pages = pages;
        this.navigator = navigator;
        feedback.setWrapText(true);
        feedback.getStyleClass().add("error-text");
        feedback.setMaxWidth(Double.MAX_VALUE);
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());
        feedback.visibleProperty().bind(feedback.textProperty().isNotEmpty());
        if (station.isEmpty()) {
            Label unavailable = new Label(messages.get("errand.unavailable"));
            unavailable.getStyleClass().add("section-title");
            unavailable.setWrapText(true);
            page.getChildren().add(unavailable);
            return;
        }
        Label prompt = new Label(messages.get("errand.chooseMethod"));
        prompt.getStyleClass().add("section-title");
        Label card = option(messages.get("errand.byCard") + "\n" + messages.get("errand.byCard.hint"));
        Label qr = option(messages.get("errand.byQr") + "\n" + messages.get("errand.byQr.hint"));
        Button byNumber = new Button(messages.get("errand.byNumber"));
        byNumber.getStyleClass().addAll("primary", "by-number");
        byNumber.setMaxWidth(Double.MAX_VALUE);
        byNumber.setWrapText(true);
        byNumber.setOnAction(e -> navigator.open(pages.idNumberEntry()));
        page.getChildren().addAll(prompt, card, qr, byNumber, feedback);
        navigator.session().onWipe(() -> feedback.setText(""));
    }

    private static Label option(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("identify-option");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    @Override
    public boolean onCardRead(IdentityCard card) {
        if (station.isEmpty()) {
            return false;
        }
        lookup(() -> station.get().desk().byCard(card));
        return true;
    }

    @Override
    public void onCodeScanned(String text) {
        if (station.isPresent() && ErrandCode.looksLikeOne(text)) {
            lookup(() -> station.get().desk().byCode(text));
        } else if (station.isPresent()) {
            feedback.setText(messages.get("errand.notAnErrand"));
        }
    }

    private void lookup(Supplier<ErrandLookup> query) {
        int asked = ++generation;
        feedback.setText(messages.get("errand.searching"));
        run(station.get(), query, found -> {
            if (asked == generation) {
                feedback.setText("");
                navigator.open(pages.results(found));
            }
        }, why -> {
            if (asked == generation) {
                feedback.setText(why);
            }
        }, messages);
    }

    /**
     * Runs {@code query} on the station's worker and hands the errands found, or why there are none, to the UI
     * thread.
     */
    static void run(ErrandsContext s, Supplier<ErrandLookup> query, Consumer<List<ErrandView>> found,
                    Consumer<String> refused, Messages messages) {
        try {
            s.work().execute(() -> {
                ErrandLookup answer;
                try {
                    answer = query.get();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "errand lookup failed", e);
                    s.ui().execute(() -> refused.accept(messages.get("errand.unavailable")));
                    return;
                }
                s.ui().execute(() -> {
                    if (answer instanceof ErrandLookup.Found f) {
                        found.accept(f.errands());
                    } else {
                        refused.accept(why(answer, messages, s));
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            refused.accept(messages.get("errand.unavailable"));
        }
    }

    private static String why(ErrandLookup answer, Messages messages, ErrandsContext s) {
        return switch (answer) {
            case ErrandLookup.Found f -> "";
            case ErrandLookup.NoneFound n -> messages.get("errand.none");
            case ErrandLookup.NotAnErrand n -> messages.get("errand.notAnErrand");
            case ErrandLookup.OtherStation o -> messages.get("errand.otherStation");
            case ErrandLookup.InvalidNumber i -> messages.get("errand.invalidNumber");
            case ErrandLookup.NoMatch m -> messages.get("errand.noMatch", m.attemptsLeft());
            case ErrandLookup.Locked l -> messages.get("errand.locked", l.until().atZone(s.desk().zone())
                    .format(DateTimeFormatter.ofPattern("HH:mm")));
        };
    }

    Label feedback() {
        return feedback;
    }

    @Override
    public String title() {
        return messages.get("errand.title");
    }

    @Override
    public Node view() {
        return page;
    }

    @Override
    public void leave() {
        generation++;
        feedback.setText("");
    }

    @Override
    public Optional<Duration> idleTimeout() {
        return station.map(ErrandsContext::idle);
    }
}
