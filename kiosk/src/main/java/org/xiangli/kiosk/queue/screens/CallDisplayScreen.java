package org.xiangli.kiosk.queue.screens;

import org.xiangli.kiosk.ui.Theme;
import org.xiangli.kiosk.queue.Call;
import org.xiangli.kiosk.queue.CallBoard;

import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;

/**
 * The call display on the kiosk's second HDMI screen: the same view as {@code /display} — the latest call large,
 * the current ticket at each window, the last calls. Shows a {@link CallBoard.State}; call {@link #show} on the FX
 * thread.
 */
public final class CallDisplayScreen {

    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final Label latest = new Label();
    /** 请 张*三 来领取办好的材料: the errands finished and waiting (issue 15), as /display shows it. */
    private final Label pickup = new Label();
    private final FlowPane windows = new FlowPane();
    // Wraps on narrow and upright screens rather than cutting a call short.
    private final FlowPane recent = new FlowPane();

    public CallDisplayScreen(Messages messages, String stationName, String fontFamily) {
        this.messages = messages;
        root.getStyleClass().add("call-screen");
        root.setStyle("-fx-font-family: \"" + fontFamily + "\";");
        root.getStylesheets().add(Theme.stylesheet());
        Label title = new Label(stationName + " · " + messages.get("web.display.heading"));
        title.getStyleClass().add("call-screen-title");
        latest.setId("call-screen-latest");
        latest.getStyleClass().add("call-screen-latest");
        latest.setWrapText(true);
        pickup.setId("call-screen-pickup");
        pickup.getStyleClass().add("call-screen-pickup");
        pickup.setWrapText(true);
        pickup.setVisible(false);
        pickup.setManaged(false);
        VBox top = new VBox(title, latest, pickup);
        top.setAlignment(Pos.CENTER);
        top.getStyleClass().add("call-screen-top");
        windows.getStyleClass().add("call-screen-windows");
        windows.setAlignment(Pos.CENTER);
        Label recentTitle = new Label(messages.get("web.display.recent"));
        recentTitle.getStyleClass().add("call-screen-recent-title");
        recent.getStyleClass().add("call-screen-recent");
        recent.setAlignment(Pos.CENTER);
        VBox bottom = new VBox(recentTitle, recent);
        bottom.setAlignment(Pos.CENTER);
        root.setTop(top);
        root.setCenter(windows);
        root.setBottom(bottom);
    }

    public Parent root() {
        return root;
    }

    public void show(CallBoard.State state) {
        List<Call> calls = state.recent();
        latest.setText(calls.isEmpty() ? "" : text(calls.getLast()));
        windows.getChildren().clear();
        for (Map.Entry<Integer, String> w : state.windows().entrySet()) {
            Label name = new Label(messages.get("web.windowN", w.getKey()));
            name.getStyleClass().add("call-screen-window-name");
            Label ticket = new Label(w.getValue().isEmpty() ? "—" : w.getValue());
            ticket.setId("call-screen-window-" + w.getKey());
            ticket.getStyleClass().add("call-screen-window-ticket");
            VBox tile = new VBox(name, ticket);
            tile.setAlignment(Pos.CENTER);
            tile.getStyleClass().add("call-screen-window");
            windows.getChildren().add(tile);
        }
        recent.getChildren().clear();
        for (int i = calls.size() - 1; i >= 0; i--) {
            Label l = new Label(text(calls.get(i)));
            l.getStyleClass().add("call-screen-recent-call");
            recent.getChildren().add(l);
        }
    }

    /** The masked names of the villagers whose errands are done and waiting; none hides the line. */
    public void showPickupCalls(List<String> maskedNames) {
        boolean any = !maskedNames.isEmpty();
        pickup.setText(any ? messages.get("web.display.pickup", String.join("、", maskedNames)) : "");
        pickup.setVisible(any);
        pickup.setManaged(any);
    }

    /** 请 A003 号到 1 号窗口办理, and 绿色通道 for a priority ticket, as /display says it. */
    private String text(Call call) {
        String text = messages.get("web.display.call", call.ticket(), String.valueOf(call.window()));
        return call.priority() ? text + " · " + messages.get("web.display.priority") : text;
    }
}
