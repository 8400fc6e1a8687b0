package org.xiangli.kiosk.satisfaction.screens;

import java.lang.System.Logger.Level;
import java.util.concurrent.RejectedExecutionException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.xiangli.kiosk.i18n.Messages;
import org.xiangli.kiosk.satisfaction.SatisfactionReport;
import org.xiangli.kiosk.satisfaction.SatisfactionContext;
import org.xiangli.kiosk.ui.PagedView;
import org.xiangli.kiosk.ui.Screen;

/**
 * 服务满意度公示: this month's share of 满意/非常满意, the number of ratings, by service, and the rates of answered
 * requests and of errands done on time. Aggregates only.
 */
public final class SatisfactionScreen implements Screen {

    private static final System.Logger LOG = System.getLogger(SatisfactionScreen.class.getName());

    private final Messages messages;
    private final VBox box = new VBox(16);
    private final PagedView paged;

    public SatisfactionScreen(Messages messages, SatisfactionContext station) {
        this.messages = messages;
        paged = new PagedView(box, messages);
        try {
            station.work().execute(() -> {
                try {
                    SatisfactionReport report = station.report().thisMonth();
                    station.ui().execute(() -> show(report));
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "cannot build the satisfaction report", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "the kiosk is closing; no satisfaction report");
        }
    }

    void show(SatisfactionReport r) {
        Label month = new Label(messages.get("satisfaction.month", String.valueOf(r.month().getYear()),
                r.month().getMonthValue()));
        month.getStyleClass().add("section-title");
        box.getChildren().setAll(month);
        if (r.ratings() == 0) {
            Label none = new Label(messages.get("satisfaction.none"));
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            box.getChildren().add(none);
        } else {
            box.getChildren().add(figure(messages.get("satisfaction.share"),
                    SatisfactionReport.percent(r.satisfiedShare()), messages.get("satisfaction.ratings", r.ratings())));
            Label by = new Label(messages.get("satisfaction.byService"));
            by.getStyleClass().add("section-title");
            box.getChildren().add(by);
            for (SatisfactionReport.ServiceRow row : r.byService()) {
                Label l = new Label(messages.get("satisfaction.serviceRow", row.service(),
                        SatisfactionReport.percent(row.share()), row.ratings()));
                l.setWrapText(true);
                box.getChildren().add(l);
            }
        }
        box.getChildren().addAll(
                figure(messages.get("satisfaction.requestsAnswered"), SatisfactionReport.percent(r.answeredShare()),
                        r.requestsAnswered() + "/" + r.requests()),
                figure(messages.get("satisfaction.errandsOnTime"), SatisfactionReport.percent(r.onTimeShare()),
                        r.errandsOnTime() + "/" + r.errandsDone()));
    }

    private static Node figure(String what, String value, String detail) {
        Label name = new Label(what);
        name.getStyleClass().add("satisfaction-name");
        name.setWrapText(true);
        Label big = new Label(value);
        big.getStyleClass().add("satisfaction-value");
        big.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label small = new Label(detail);
        small.getStyleClass().add("hint");
        small.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(24, name, big, small);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.getStyleClass().add("satisfaction-figure");
        return row;
    }

    @Override
    public String title() {
        return messages.get("satisfaction.title");
    }

    @Override
    public Node view() {
        return paged.node();
    }
}
