package org.xiangli.kiosk.shell;

import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.ui.DeviceAware;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * Home: one large tile per job, laid out in two columns on landscape screens and in one on portrait ones. An ID card laid
 * on the reader here opens the card chooser (取号 / 查缴费) for its holder.
 */
final class HomeScreen implements Screen, DeviceAware {

    private final VBox node = new VBox();
    private final GridPane tiles = new GridPane();
    private final Button publicity;
    private final Button queue;
    private final Button payments;
    private final Button help;
    private final Button errands;
    private final Button requests;
    private final ReadOnlyBooleanProperty portrait;
    /** A new home page is made at every return home: each must stop listening to the shell's orientation on leave. */
    private final ChangeListener<Boolean> relayout = (o, was, is) -> layout(is);

    private final Screens screens;
    private final KioskShell shell;

    HomeScreen(Messages messages, ReadOnlyBooleanProperty portrait, Screens screens, KioskShell shell) {
        this.portrait = portrait;
        this.screens = screens;
        this.shell = shell;
        publicity = tile(messages, "publicity", () -> shell.open(screens.content().publicity()));
        queue = tile(messages, "queue", () -> shell.open(screens.queue().serviceGuide()));
        payments = tile(messages, "payments", () -> shell.open(screens.payments().identify()));
        if (!screens.payments().available()) {
            // Still a tile that answers a touch: the page it opens says why and whom to ask.
            ((Label) payments.getGraphic()).setText(messages.get("payments.unavailable.tile"));
            payments.getStyleClass().add("tile-unavailable");
        }
        help = tile(messages, "help", () -> shell.open(screens.help()));
        errands = tile(messages, "errands", () -> shell.open(screens.errands().lookup()));
        requests = tile(messages, "requests", () -> shell.open(screens.requests().menu()));
        Label welcome = new Label(messages.get("home.welcome"));
        welcome.getStyleClass().add("section-title");
        welcome.setWrapText(true);
        tiles.setHgap(28);
        tiles.setVgap(28);
        VBox.setVgrow(tiles, Priority.ALWAYS);
        node.getStyleClass().addAll("page", "home");
        node.getChildren().addAll(welcome, tiles);
        layout(portrait.get());
        portrait.addListener(relayout);
    }

    @Override
    public void leave() {
        portrait.removeListener(relayout);
    }

    @Override
    public boolean onCardRead(IdentityCard card) {
        shell.open(screens.cardChooser(card));
        return true;
    }

    /** How many columns the tiles stand in now (2 on landscape, 1 on portrait). */
    int columns() {
        return tiles.getColumnConstraints().size();
    }

    @Override
    public String title() {
        return "";
    }

    @Override
    public Node view() {
        return node;
    }

    private void layout(boolean isPortrait) {
        tiles.getChildren().clear();
        tiles.getColumnConstraints().clear();
        tiles.getRowConstraints().clear();
        // Six tiles: two columns of three on landscape (a column stays wide enough for a title on one line), one
        // column standing up.
        int columns = isPortrait ? 1 : 2;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            tiles.getColumnConstraints().add(cc);
        }
        Button[] all = {publicity, queue, payments, errands, requests, help};
        int rows = (all.length + columns - 1) / columns;
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            tiles.getRowConstraints().add(rc);
        }
        for (int i = 0; i < all.length; i++) {
            tiles.add(all[i], i % columns, i / columns);
        }
    }

    private static Button tile(Messages messages, String job, Runnable action) {
        return tile(messages.get("home." + job + ".title"), messages.get("home." + job + ".subtitle"), "tile-" + job,
                action);
    }

    /**
     * A big coloured tile: a title, a line under it; {@code colour} is its style class (tile-queue...). The title is
     * the button's own text, so it wraps onto a second line on a narrow tile instead of being cut.
     */
    static Button tile(String titleText, String subtitleText, String colour, Runnable action) {
        Label subtitle = new Label(subtitleText);
        subtitle.getStyleClass().add("tile-subtitle");
        subtitle.setWrapText(true);
        subtitle.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Button tile = new Button(titleText, subtitle);
        tile.setContentDisplay(javafx.scene.control.ContentDisplay.BOTTOM);
        tile.setWrapText(true);
        tile.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        tile.getStyleClass().addAll("tile", colour);
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        tile.setOnAction(e -> action.run());
        return tile;
    }

    boolean isPortraitLayout() {
        return portrait.get();
    }
}
