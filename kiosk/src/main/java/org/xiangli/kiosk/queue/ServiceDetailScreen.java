package org.xiangli.kiosk.queue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.shell.Messages;
import org.xiangli.kiosk.shell.Screen;

/** One service's guide: documents to bring, steps, fees, time limit and windows. */
public final class ServiceDetailScreen implements Screen {

    private final ServiceItem service;
    private final ScrollPane node;

    public ServiceDetailScreen(Messages messages, ServiceItem service) {
        this.service = service;
        VBox body = new VBox(12);
        body.getChildren().add(line(messages.get("queue.windows", ServiceGuideScreen.windowList(service))));
        section(body, messages.get("queue.documents"), numbered(service.documents()));
        section(body, messages.get("queue.steps"), numbered(service.steps()));
        section(body, messages.get("queue.fees"), List.of(service.fees()));
        section(body, messages.get("queue.timeLimit"), List.of(service.timeLimit()));
        Label ticket = line(messages.get("queue.ticketSoon"));
        ticket.getStyleClass().add("hint");
        body.getChildren().add(ticket);
        node = new ScrollPane(body);
        node.setFitToWidth(true);
        node.setPannable(true);
    }

    private static List<String> numbered(List<String> items) {
        return java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> (i + 1) + ". " + items.get(i)).toList();
    }

    private static void section(VBox body, String title, List<String> lines) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        body.getChildren().add(heading);
        lines.forEach(l -> body.getChildren().add(line(l)));
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    @Override
    public String title() {
        return service.letter() + " " + service.name();
    }

    @Override
    public Node view() {
        return node;
    }
}
