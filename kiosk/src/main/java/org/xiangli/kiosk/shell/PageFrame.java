package org.xiangli.kiosk.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;

/**
 * A page as the shell shows it under the header: its title bar (with 返回 from the third level on) over its view.
 * The shell and the page warm-up frame pages the same way, so what the warm-up styled is what a tap shows.
 */
final class PageFrame {

    private PageFrame() {
    }

    /** The framed page; {@code back} runs on 返回, which shows only when {@code withBack}. */
    static VBox of(Screen screen, Messages messages, boolean withBack, Runnable back) {
        Label title = new Label(screen.title());
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        HBox bar = new HBox(title);
        bar.getStyleClass().add("page-title-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        if (withBack) {
            Button button = new Button(messages.get("nav.back"));
            button.getStyleClass().add("back-button");
            button.setMinWidth(Button.USE_PREF_SIZE);
            button.setOnAction(e -> back.run());
            bar.getChildren().addFirst(button);
        }
        Node view = screen.view();
        VBox.setVgrow(view, Priority.ALWAYS);
        VBox page = new VBox(bar, view);
        page.getStyleClass().add("page");
        return page;
    }
}
