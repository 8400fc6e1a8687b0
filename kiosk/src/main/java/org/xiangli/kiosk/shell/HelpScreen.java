package org.xiangli.kiosk.shell;

import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.speech.Speech;
import org.xiangli.kiosk.ui.PagedView;

/** How to use the kiosk, with the large-text, language and read-aloud switches where a newcomer looks. */
final class HelpScreen implements Screen {

    private final Messages messages;
    private final Node node;

    HelpScreen(Messages messages, KioskShell shell, Speech speech) {
        this.messages = messages;
        VBox body = new VBox(16);
        String[] keys = {"help.intro", "help.step1", "help.step2", "help.step3", "help.step4", "help.privacy"};
        StringBuilder spoken = new StringBuilder();
        for (String key : keys) {
            Label line = new Label(messages.get(key));
            line.setWrapText(true);
            body.getChildren().add(line);
            spoken.append(messages.get(key)).append('\n');
        }
        Button largeText = new Button(messages.get("help.largeText"));
        largeText.getStyleClass().add("help-large-text");
        largeText.setOnAction(e -> shell.setLargeText(!shell.isLargeText()));
        Button language = new Button(messages.get("help.language"));
        language.getStyleClass().add("help-language");
        language.setOnAction(e -> shell.switchLanguage());
        Button readAloud = new Button(messages.get("help.readAloud"));
        readAloud.getStyleClass().add("help-read-aloud");
        readAloud.setOnAction(e -> speech.speak(spoken.toString()));
        FlowPane actions = new FlowPane(16, 16, largeText, readAloud, language);
        body.getChildren().add(actions);
        node = new PagedView(body, messages).node();
    }

    @Override
    public String title() {
        return messages.get("help.title");
    }

    @Override
    public Node view() {
        return node;
    }
}
