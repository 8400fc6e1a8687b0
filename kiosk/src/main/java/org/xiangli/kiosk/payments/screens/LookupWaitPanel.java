package org.xiangli.kiosk.payments.screens;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;

/**
 * The page of a payments screen while its lookup runs: the page itself, covered by a large "正在查询…" that
 * also keeps fingers off the page's buttons. The idle countdown runs on, since the UI thread is free.
 */
final class LookupWaitPanel {

    private final StackPane node;
    private final VBox cover;

    LookupWaitPanel(Messages messages, Node page) {
        Label searching = new Label(messages.get("payments.searching"));
        searching.getStyleClass().add("lookup-wait-title");
        searching.setWrapText(true);
        Label hint = new Label(messages.get("payments.searching.hint"));
        hint.getStyleClass().add("lookup-wait-hint");
        hint.setWrapText(true);
        cover = new VBox(24, searching, hint);
        cover.getStyleClass().add("lookup-wait");
        cover.setAlignment(Pos.CENTER);
        cover.setVisible(false);
        node = new StackPane(page, cover);
        node.setAlignment(Pos.TOP_LEFT);
    }

    Node node() {
        return node;
    }

    void waiting(boolean on) {
        cover.setVisible(on);
    }

    boolean isWaiting() {
        return cover.isVisible();
    }
}
