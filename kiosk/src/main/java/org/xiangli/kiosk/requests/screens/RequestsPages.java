package org.xiangli.kiosk.requests.screens;

import java.nio.file.Path;
import java.util.Optional;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.requests.Request;
import org.xiangli.kiosk.requests.RequestDesk;
import org.xiangli.kiosk.requests.RequestTopic;
import org.xiangli.kiosk.requests.RequestsContext;
import org.xiangli.kiosk.ui.DigitsEntryScreen;
import org.xiangli.kiosk.ui.Navigator;
import org.xiangli.kiosk.ui.Screen;

/**
 * 诉求·意见 pages: the menu (leave a request, read an answer, the station's satisfaction), topic, message (voice or a
 * common phrase), phone, the slip; the answer by slip QR or number and check code; the satisfaction page.
 */
public final class RequestsPages {

    private final Messages messages;
    private final Optional<RequestsContext> station;
    private final Navigator navigator;
    private final java.util.function.Supplier<Screen> satisfaction;

    /** @param satisfaction makes the satisfaction page the menu's third button opens */
    public RequestsPages(Messages messages, Optional<RequestsContext> station, Navigator navigator,
                         java.util.function.Supplier<Screen> satisfaction) {
        this.messages = messages;
        this.satisfaction = satisfaction;
        this.station = station;
        this.navigator = navigator;
    }

    public boolean available() {
        return station.isPresent();
    }

    /** The page the home tile opens. */
    public Screen menu() {
        return new RequestMenuScreen(messages, station.isPresent(), this, navigator);
    }

    Screen topics() {
        return new RequestTopicScreen(messages, this, navigator);
    }

    Screen message(RequestTopic topic) {
        return new RequestMessageScreen(messages, station.orElseThrow(), topic, this, navigator);
    }

    Screen phone(RequestTopic topic, String phraseKey, Optional<Path> voice) {
        RequestsContext s = station.orElseThrow();
        DigitsEntryScreen[] page = new DigitsEntryScreen[1];
        page[0] = new DigitsEntryScreen(messages, navigator.session(), navigator.portrait(),
                new DigitsEntryScreen.Spec(messages.get("request.title"), messages.get("request.phone.prompt"), 11,
                        false, messages.get("request.submit"), t -> RequestDesk.isPhone(t) ? Optional.empty()
                        : Optional.of(t.length() < 11 && t.startsWith("1") || t.isEmpty() ? ""
                        : messages.get("request.phone.wrong")), Optional.of(s.idle())),
                phone -> RequestSubmit.submit(s, messages, topic, phraseKey, voice, phone,
                        submitted -> {
                            // Home first (the phone typed is wiped), so 返回上一页 cannot lead back to a second 提交.
                            navigator.goHome();
                            navigator.open(submitted(submitted.request(), submitted.printed()));
                        },
                        page[0]::refuse));
        return page[0];
    }

    Screen submitted(Request request, Optional<String> notPrinted) {
        return new RequestSubmittedScreen(messages, station.orElseThrow(), request, notPrinted);
    }

    Screen check() {
        return new RequestCheckScreen(messages, station.orElseThrow(), this, navigator);
    }

    Screen numberEntry() {
        return new DigitsEntryScreen(messages, navigator.session(), navigator.portrait(), new DigitsEntryScreen.Spec(
                messages.get("request.menu.check"), messages.get("request.check.enterNumber"), 12, false,
                messages.get("errand.next"), t -> t.length() >= 8 ? Optional.empty() : Optional.of(""),
                Optional.of(station.orElseThrow().idle())), number -> navigator.open(codeEntry(number)));
    }

    Screen codeEntry(String number) {
        RequestsContext s = station.orElseThrow();
        DigitsEntryScreen[] page = new DigitsEntryScreen[1];
        page[0] = new DigitsEntryScreen(messages, navigator.session(), navigator.portrait(),
                new DigitsEntryScreen.Spec(messages.get("request.checkCode"), messages.get("errand.enterCode"), 4,
                        false, messages.get("errand.search"), t -> t.length() == 4 ? Optional.empty()
                        : Optional.of(""), Optional.of(s.idle())),
                code -> RequestCheckScreen.find(s, () -> s.desk().byNumber(number, code),
                        found -> navigator.open(answer(found)),
                        () -> page[0].refuse(messages.get("request.check.none"))));
        return page[0];
    }

    Screen answer(Request request) {
        return new RequestAnswerScreen(messages, station.orElseThrow(), request);
    }

    /** The satisfaction page (its own feature), opened from the menu. */
    Screen satisfaction() {
        return satisfaction.get();
    }
}
