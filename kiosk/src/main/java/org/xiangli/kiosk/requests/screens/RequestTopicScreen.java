package org.xiangli.kiosk.requests.screens;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.requests.RequestTopic;
import org.xiangli.kiosk.ui.Navigator;
import org.xiangli.kiosk.ui.Screen;

/** What the request is about: six big buttons, two columns. */
final class RequestTopicScreen implements Screen {

    private final Messages messages;
    private final VBox page = new VBox(16);

    RequestTopicScreen(Messages messages, RequestsPages pages, Navigator navigator) {
        this.messages = messages;
        Label prompt = new Label(messages.get("request.chooseTopic"));
        prompt.getStyleClass().add("section-title");
        prompt.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(20);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            grid.getColumnConstraints().add(cc);
        }
        RequestTopic[] topics = RequestTopic.values();
        for (int r = 0; r < (topics.length + 1) / 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < topics.length; i++) {
            RequestTopic topic = topics[i];
            Button b = new Button(messages.get(topic.messageKey()));
            b.getStyleClass().addAll("primary", "topic-button");
            b.setWrapText(true);
            b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            b.setOnAction(e -> navigator.open(pages.message(topic)));
            grid.add(b, i % 2, i / 2);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        page.getChildren().addAll(prompt, grid);
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
