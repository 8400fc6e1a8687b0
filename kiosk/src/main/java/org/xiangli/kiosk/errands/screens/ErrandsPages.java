package org.xiangli.kiosk.errands.screens;

import java.util.List;
import java.util.Optional;
import org.xiangli.hal.card.CitizenIdNumber;
import org.xiangli.kiosk.errands.ErrandView;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.errands.ErrandsContext;
import org.xiangli.kiosk.ui.DigitsEntryScreen;
import org.xiangli.kiosk.ui.Navigator;
import org.xiangli.kiosk.ui.Screen;

/**
 * 办件进度 pages: how to look up (card, receipt QR, typed number), the check code, the errands found. Empty
 * {@code station} (no data key): the lookup page says it is unavailable.
 */
public final class ErrandsPages {

    private final Messages messages;
    private final Optional<ErrandsContext> station;
    private final Navigator navigator;

    public ErrandsPages(Messages messages, Optional<ErrandsContext> station, Navigator navigator) {
        this.messages = messages;
        this.station = station;
        this.navigator = navigator;
    }

    public boolean available() {
        return station.isPresent();
    }

    /** The page the home tile opens. */
    public Screen lookup() {
        return new ErrandLookupScreen(messages, station, this, navigator);
    }

    Screen idNumberEntry() {
        return new DigitsEntryScreen(messages, navigator.session(), navigator.portrait(), new DigitsEntryScreen.Spec(
                messages.get("errand.byNumber"), messages.get("errand.enterNumber"), 18, true,
                messages.get("errand.next"), this::idProblem, Optional.of(station.orElseThrow().idle())),
                id -> navigator.open(checkCodeEntry(id)));
    }

    private Optional<String> idProblem(String typed) {
        if (!CitizenIdNumber.isPlausiblePrefix(typed)) {
            return Optional.of(messages.get("payments.numberWrong"));
        }
        if (typed.length() < 18) {
            return Optional.of(messages.get("payments.numberProgress", typed.length(), 18 - typed.length()));
        }
        return Optional.empty();
    }

    Screen checkCodeEntry(String idNumber) {
        ErrandsContext s = station.orElseThrow();
        DigitsEntryScreen[] page = new DigitsEntryScreen[1];
        page[0] = new DigitsEntryScreen(messages, navigator.session(), navigator.portrait(),
                new DigitsEntryScreen.Spec(messages.get("errand.checkCode"), messages.get("errand.enterCode"), 4,
                        false, messages.get("errand.search"), t -> t.length() == 4 ? Optional.empty()
                        : Optional.of(""), Optional.of(s.idle())),
                code -> ErrandLookupScreen.run(s, () -> s.desk().byNumber(idNumber, code), found -> {
                    navigator.open(results(found));
                }, why -> page[0].refuse(why), messages));
        return page[0];
    }

    Screen results(List<ErrandView> errands) {
        ErrandsContext s = station.orElseThrow();
        return new ErrandResultsScreen(messages, errands, s.speech(), s.idle(), s.desk().zone());
    }
}
