package org.xiangli.kiosk.queue.screens;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.queue.ServiceItem;
import org.xiangli.kiosk.ui.DeviceAware;
import org.xiangli.kiosk.ui.ListEntry;
import org.xiangli.kiosk.ui.PagedView;
import org.xiangli.kiosk.ui.Screen;

/**
 * 排队取号·办事指南: the station's services, each opening its guide. With a card (from the chooser, or laid on the
 * reader here) the hint names its holder and the service page opens ready to take the holder's ticket.
 */
public final class ServiceGuideScreen implements Screen, DeviceAware {

    private final Messages messages;
    private final Node node;
    private final Label hint;
    private Optional<IdentityCard> card;

    /** @param detail a service's page, for the card holder when there is one */
    public ServiceGuideScreen(Messages messages, List<ServiceItem> services, Consumer<Screen> open,
                              BiFunction<ServiceItem, Optional<IdentityCard>, Screen> detail,
                              Optional<IdentityCard> card) {
        this.messages = messages;
        this.card = card;
        VBox list = new VBox(12);
        hint = new Label();
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        showHint();
        list.getChildren().add(hint);
        for (ServiceItem service : services) {
            Label name = new Label(service.letter() + "  " + service.name());
            name.getStyleClass().add("entry-title");
            Label windows = new Label(messages.get("queue.windows", windowList(service)));
            windows.getStyleClass().add("entry-meta");
            VBox content = new VBox(6, name, windows);
            Button entry = ListEntry.of(content, "service-entry");
            entry.setOnAction(e -> open.accept(detail.apply(service, this.card)));
            list.getChildren().add(entry);
        }
        node = new PagedView(list, messages).node();
    }

    /** A card laid here goes with the service the villager picks next. */
    @Override
    public boolean onCardRead(IdentityCard read) {
        card = Optional.of(read);
        showHint();
        return true;
    }

    private void showHint() {
        hint.setText(card.map(c -> messages.get("queue.guideHint.card", c.maskedName()))
                .orElseGet(() -> messages.get("queue.guideHint")));
    }

    @Override
    public void leave() {
        card = Optional.empty();
    }

    static String windowList(ServiceItem service) {
        return service.windows().stream().map(String::valueOf).collect(Collectors.joining("、"));
    }

    @Override
    public String title() {
        return messages.get("queue.title");
    }

    @Override
    public Node view() {
        return node;
    }
}
