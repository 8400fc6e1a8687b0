package org.xiangli.kiosk.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.function.Consumer;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.DeviceAware;
import org.xiangli.kiosk.ui.KioskSession;
import org.xiangli.kiosk.ui.Screen;

/**
 * A card laid on the reader at the home page: "王*英，您好！" and the two things a card is for, as two big tiles —
 * 取号 (the service guide, the card going with the ticket: priority by age) and 查缴费 (the lookup by this card).
 * The holder's name shows masked only; the card is dropped when the page is left or the session wiped. Another card
 * laid here replaces it.
 */
final class CardChooserScreen implements Screen, DeviceAware {

    private final Messages messages;
    private final Label greeting = new Label();
    private final VBox node;
    private final GridPane tiles = new GridPane();
    private final Button queue;
    private final Button payments;
    private final ReadOnlyBooleanProperty portrait;
    private final ChangeListener<Boolean> relayout = (o, was, is) -> layout(is);
    private IdentityCard card;

    /**
     * @param toQueue    opens the service guide for the card's holder
     * @param toPayments opens the payments lookup by the card
     */
    CardChooserScreen(Messages messages, IdentityCard card, ReadOnlyBooleanProperty portrait, KioskSession session,
                      Consumer<IdentityCard> toQueue, Consumer<IdentityCard> toPayments) {
        this.messages = messages;
        this.portrait = portrait;
        greeting.getStyleClass().add("section-title");
        greeting.setWrapText(true);
        greeting.setId("card-chooser-greeting");
        queue = HomeScreen.tile(messages.get("card.chooser.queue"), messages.get("card.chooser.queue.subtitle"),
                "tile-queue", () -> toQueue.accept(this.card));
        payments = HomeScreen.tile(messages.get("card.chooser.payments"),
                messages.get("card.chooser.payments.subtitle"), "tile-payments", () -> toPayments.accept(this.card));
        tiles.setHgap(28);
        tiles.setVgap(28);
        VBox.setVgrow(tiles, Priority.ALWAYS);
        node = new VBox(16, greeting, tiles);
        node.setAlignment(Pos.TOP_LEFT);
        node.getStyleClass().add("card-chooser");
        take(card);
        layout(portrait.get());
        portrait.addListener(relayout);
        session.onWipe(this::forget);
    }

    /** Another card laid here: it is the one the tiles act for now. */
    @Override
    public boolean onCardRead(IdentityCard read) {
        take(read);
        return true;
    }

    private void take(IdentityCard read) {
        card = read;
        greeting.setText(messages.get("card.chooser.greeting", read.maskedName()));
    }

    private void forget() {
        card = null;
        greeting.setText("");
        queue.setDisable(true);
        payments.setDisable(true);
    }

    private void layout(boolean isPortrait) {
        tiles.getChildren().clear();
        tiles.getColumnConstraints().clear();
        tiles.getRowConstraints().clear();
        int columns = isPortrait ? 1 : 2;
        for (int c = 0; c < columns; c++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            tiles.getColumnConstraints().add(cc);
        }
        Button[] all = {queue, payments};
        for (int r = 0; r < all.length / columns; r++) {
            javafx.scene.layout.RowConstraints rc = new javafx.scene.layout.RowConstraints();
            rc.setPercentHeight(100.0 * columns / all.length);
            rc.setVgrow(Priority.ALWAYS);
            tiles.getRowConstraints().add(rc);
        }
        for (int i = 0; i < all.length; i++) {
            tiles.add(all[i], i % columns, i / columns);
        }
    }

    @Override
    public void leave() {
        portrait.removeListener(relayout);
        forget();
    }

    @Override
    public String title() {
        return messages.get("card.chooser.title");
    }

    @Override
    public Node view() {
        return node;
    }
}
