package org.xiangli.kiosk.queue.screens;

import org.xiangli.kiosk.queue.ServiceItem;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;
import org.xiangli.kiosk.ui.ListEntry;
import org.xiangli.kiosk.ui.PagedView;

/** 排队取号·办事指南: the station's services, each opening its guide. */
public final class ServiceGuideScreen implements Screen {

    private final Messages messages;
    private final Node node;

    public ServiceGuideScreen(Messages messages, List<ServiceItem> services, Consumer<Screen> open, QueuePages screens) {
        this.messages = messages;
        VBox list = new VBox(12);
        Label hint = new Label(messages.get("queue.guideHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        list.getChildren().add(hint);
        for (ServiceItem service : services) {
            Label name = new Label(service.letter() + "  " + service.name());
            name.getStyleClass().add("entry-title");
            Label windows = new Label(messages.get("queue.windows", windowList(service)));
            windows.getStyleClass().add("entry-meta");
            VBox content = new VBox(6, name, windows);
            Button entry = ListEntry.of(content, "service-entry");
            entry.setOnAction(e -> open.accept(screens.serviceDetail(service)));
            list.getChildren().add(entry);
        }
        node = new PagedView(list, messages).node();
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
