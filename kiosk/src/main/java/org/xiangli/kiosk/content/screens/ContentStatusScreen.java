package org.xiangli.kiosk.content.screens;

import org.xiangli.kiosk.content.sync.ContentStatus;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.ui.Screen;
import org.xiangli.kiosk.ui.PagedView;

/**
 * For technicians (from the technician menu): which signed bundle each publisher has applied, and the last feed
 * syncs and USB imports with the reason of every refusal, in the same large type as the rest of the kiosk.
 */
public final class ContentStatusScreen implements Screen {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final VBox node = new VBox(16);

    public ContentStatusScreen(Messages messages, ContentStatus status, int attemptsShown, ZoneId zone) {
        this.messages = messages;
        VBox body = new VBox(12);
        body.getChildren().add(section(messages.get("contentStatus.current")));
        if (status.bundles().isEmpty()) {
            body.getChildren().add(line(messages.get("contentStatus.none"), "content-status-none"));
        }
        for (ContentStatus.Bundle b : status.bundles()) {
            body.getChildren().add(line(messages.get("contentStatus.bundle", b.publisher(), String.valueOf(b.sequence()),
                    messages.get(b.full() ? "contentStatus.full" : "contentStatus.delta"), b.items(),
                    WHEN.format(b.appliedAt().atZone(zone))), "content-status-bundle"));
        }
        body.getChildren().add(section(messages.get("contentStatus.attempts", attemptsShown)));
        if (status.attempts().isEmpty()) {
            body.getChildren().add(line(messages.get("contentStatus.noAttempts"), "content-status-none"));
        }
        for (ContentStatus.Attempt a : status.attempts()) {
            VBox entry = new VBox(4);
            entry.getStyleClass().add("content-status-attempt");
            String when = WHEN.format(a.at().atZone(zone));
            Label outcome = line(messages.get(a.applied() ? "contentStatus.applied" : "contentStatus.rejected", when),
                    a.applied() ? "ok-text" : "error-text");
            entry.getChildren().add(outcome);
            a.reason().ifPresent(r -> entry.getChildren().add(line(reasonText(r), "content-status-reason")));
            entry.getChildren().add(line(a.detail(), "content-status-detail"));
            body.getChildren().add(entry);
        }
        PagedView pages = new PagedView(body, messages);
        VBox.setVgrow(pages.node(), Priority.ALWAYS);
        node.getChildren().add(pages.node());
    }

    /** The reason's name in the kiosk's language, or its code when this kiosk has no words for it. */
    private String reasonText(String reason) {
        String key = "contentStatus.reason." + reason;
        return messages.has(key) ? messages.get(key) : reason;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        label.setWrapText(true);
        return label;
    }

    private static Label line(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    @Override
    public String title() {
        return messages.get("contentStatus.title");
    }

    @Override
    public Node view() {
        return node;
    }
}
