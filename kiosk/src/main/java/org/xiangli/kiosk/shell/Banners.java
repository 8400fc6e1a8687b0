package org.xiangli.kiosk.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.i18n.Messages;

/**
 * The lines under the header: the county's urgent notice until its time, the pickup call (请 张*三 来领取办好的材料,
 * on the home page only: a keypad page has no room to spare), one button per live urgent item, and the expired-card
 * notice while such a card lies on the reader. Rebuilt whenever one of them changes, and at midnight, when an urgent
 * item that expired yesterday leaves without any sync.
 */
final class Banners {

    private final VBox top;
    private final ContentLibrary content;
    private final java.time.Clock clock;
    private final Consumer<ContentItem> openArticle;
    private Messages messages;
    private Node header;
    private LocalDate day;
    private String countyNotice;
    private Instant countyNoticeUntil = Instant.MIN;
    private List<String> pickupCalls = List.of();
    private Label pickupBanner;
    private String cardNotice;
    private boolean home = true;

    /**
     * @param top         the header's column: the header, then the banners
     * @param openArticle opens an urgent item's article (its banner is a button)
     */
    Banners(VBox top, ContentLibrary content, java.time.Clock clock, Consumer<ContentItem> openArticle) {
        this.top = top;
        this.content = content;
        this.clock = clock;
        this.openArticle = openArticle;
    }

    /** A new language (a new header): everything is said again in it. */
    void use(Messages messages, Node header) {
        this.messages = messages;
        this.header = header;
        refresh();
    }

    /** Re-reads the urgent items (content changed) and lays out every line again. */
    void refresh() {
        day = content.today();
        top.getChildren().setAll(header);
        if (countyNotice != null && clock.instant().isBefore(countyNoticeUntil)) {
            top.getChildren().add(line(messages.get("banner.urgent", countyNotice), "urgent-banner"));
        }
        pickupBanner = null;
        if (!pickupCalls.isEmpty()) {
            pickupBanner = line(messages.get("home.pickup", String.join("、", pickupCalls)), "pickup-banner");
            showOnlyAtHome(pickupBanner);
            top.getChildren().add(pickupBanner);
        }
        for (ContentItem urgent : content.urgent()) {
            Button banner = new Button(messages.get("banner.urgent", urgent.title()));
            banner.getStyleClass().add("urgent-banner");
            banner.setMaxWidth(Double.MAX_VALUE);
            banner.setOnAction(e -> openArticle.accept(urgent));
            top.getChildren().add(banner);
        }
        if (cardNotice != null) {
            Label expired = line(cardNotice, "urgent-banner");
            expired.getStyleClass().add("card-expired");
            top.getChildren().add(expired);
        }
    }

    private static Label line(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
        return label;
    }

    void countyNotice(String text, Instant until) {
        countyNotice = text;
        countyNoticeUntil = until;
        refresh();
    }

    void pickupCalls(List<String> maskedNames) {
        pickupCalls = List.copyOf(maskedNames);
        refresh();
    }

    /** @return whether the notice changed (it is then shown, or gone) */
    boolean cardNotice(String notice) {
        if (java.util.Objects.equals(notice, cardNotice)) {
            return false;
        }
        cardNotice = notice;
        refresh();
        return true;
    }

    String cardNotice() {
        return cardNotice;
    }

    /** The page on screen is the home page, or not: the pickup call shows there only. */
    void pageShown(boolean home) {
        this.home = home;
        if (pickupBanner != null) {
            showOnlyAtHome(pickupBanner);
        }
    }

    private void showOnlyAtHome(Label banner) {
        banner.setVisible(home);
        banner.setManaged(home);
    }

    /** Each second: a new day re-reads the urgent items; the county's notice leaves at its time. */
    void tick(ZonedDateTime now) {
        if (!now.toLocalDate().equals(day)) {
            refresh();
        }
        if (countyNotice != null && !now.toInstant().isBefore(countyNoticeUntil)) {
            countyNotice = null;
            refresh();
        }
    }
}
