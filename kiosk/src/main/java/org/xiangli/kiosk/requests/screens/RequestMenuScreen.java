package org.xiangli.kiosk.requests.screens;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Navigator;
import org.xiangli.kiosk.ui.Screen;

/** 诉求·意见: leave a request, read an answer, or see the station's satisfaction. */
final class RequestMenuScreen implements Screen {

    private final Messages messages;
    private final VBox page = new VBox(24);

    RequestMenuScreen(Messages messages, boolean available, RequestsPages pages, Navigator navigator) {
        this.messages = messages;
        if (!available) {
            Label unavailable = new Label(messages.get("errand.unavailable"));
            unavailable.getStyleClass().add("section-title");
            unavailable.setWrapText(true);
            page.getChildren().add(unavailable);
            return;
        }
        page.getChildren().addAll(
                big(messages.get("request.menu.submit"), "request-submit", () -> navigator.open(pages.topics())),
                big(messages.get("request.menu.check"), "request-check", () -> navigator.open(pages.check())),
                big(messages.get("request.menu.satisfaction"), "request-satisfaction",
                        () -> navigator.open(pages.satisfaction())));
    }

    static Button big(String text, String style, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll("primary", "menu-button", style);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Double.MAX_VALUE);
        VBox.setVgrow(b, Priority.ALWAYS);
        b.setOnAction(e -> action.run());
        return b;
    }

    @Override
    public String title() {
        return messages.get("request.title");
    }

    @Override
    public Node view() {
        return page;
    }
}
