package org.xiangli.kiosk.shell;

import org.xiangli.kiosk.devices.DemoDeviceControls;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.xiangli.hal.card.IdentityCard;
import org.xiangli.kiosk.i18n.Messages;

/**
 * Demo mode's devices drawer at the left edge: lay a demo card on the reader or take it away, scan a demo code,
 * switch the printer's paper and cover, and see the last receipts the virtual printer rendered. Every button drives
 * a simulator through {@link DemoDeviceControls}, so what the page shows came over the wire like real hardware.
 */
public final class DemoDevicesPanel {

    /** Receipt pictures are shown this wide: readable, and the drawer keeps most of the page in view. */
    private static final double RECEIPT_WIDTH = 440;

    private final Messages messages;
    private final DemoDeviceControls controls;
    private final StackPane node = new StackPane();
    private final Label onReader = new Label();
    private final VBox receipts = new VBox(12);
    private final ScrollPane scroll;
    private int receiptsSeen = -1;
    private boolean scrollToReceipts;
    private final ToggleGroup printerGroup = new ToggleGroup();
    private final java.util.Map<DemoDeviceControls.PrinterSetting, ToggleButton> printerButtons =
            new java.util.EnumMap<>(DemoDeviceControls.PrinterSetting.class);

    public DemoDevicesPanel(Messages messages, DemoDeviceControls controls, Executor ui, Runnable onClose) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.controls = Objects.requireNonNull(controls, "controls");
        Label title = new Label(messages.get("demoDevices.title"));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Button close = new Button(messages.get("demoDevices.close"));
        close.getStyleClass().add("primary");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> onClose.run());
        // Close under the title: in large English text the two do not fit one line of the drawer.
        VBox top = new VBox(12, title, close);
        top.setAlignment(Pos.CENTER_LEFT);

        VBox body = new VBox(12, section("demoDevices.card"), onReader, cardButtons(),
                section("demoDevices.scanner"), codeButtons(),
                section("demoDevices.printer"), printerButtons(),
                section("demoDevices.receipts"), receipts);
        body.getStyleClass().add("demo-devices-body");
        scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        body.heightProperty().addListener((o, was, now) -> {
            if (scrollToReceipts) {
                scrollToReceipts = false;
                scroll.setVvalue(scroll.getVmax());
            }
        });
        VBox drawer = new VBox(16, top, scroll);
        drawer.getStyleClass().add("demo-devices-panel");
        node.getChildren().add(drawer);
        node.setPickOnBounds(false);
        StackPane.setAlignment(drawer, Pos.CENTER_LEFT);
        refresh();
        // Listens only while shown: the change listener goes when the drawer leaves the scene.
        Runnable stop = controls.onChange(() -> ui.execute(this::refresh));
        node.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                stop.run();
            }
        });
    }

    public Node node() {
        return node;
    }

    /** Re-reads what lies on the reader, the printer setting and the receipts (on the UI thread). */
    public void refresh() {
        onReader.setText(controls.cardOnReader()
                .map(card -> messages.get("demoDevices.card.on", card.maskedName()))
                .orElse(messages.get("demoDevices.card.none")));
        ToggleButton selected = printerButtons.get(controls.printer());
        if (selected != null) {
            selected.setSelected(true);
        }
        int printed = controls.printedCount();
        if (printed == receiptsSeen) {
            return;
        }
        boolean fresh = receiptsSeen >= 0;
        receiptsSeen = printed;
        List<byte[]> pngs = controls.lastReceipts();
        receipts.getChildren().clear();
        if (pngs.isEmpty()) {
            Label none = new Label(messages.get("demoDevices.receipts.none"));
            none.setWrapText(true);
            none.getStyleClass().add("hint");
            receipts.getChildren().add(none);
        }
        for (byte[] png : pngs) {
            ImageView view = new ImageView(new Image(new ByteArrayInputStream(png)));
            view.setPreserveRatio(true);
            view.setFitWidth(RECEIPT_WIDTH);
            StackPane paper = new StackPane(view);
            paper.getStyleClass().add("demo-receipt");
            paper.setMaxWidth(Region.USE_PREF_SIZE);
            receipts.getChildren().add(paper);
        }
        // A receipt just came out: scroll to it once the drawer has grown, as paper appears at the printer's slot.
        scrollToReceipts = fresh && !pngs.isEmpty();
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        label.setWrapText(true);
        return label;
    }

    private FlowPane cardButtons() {
        FlowPane pane = flow();
        for (IdentityCard card : controls.identities()) {
            Button put = new Button(messages.get("demoDevices.card.put", card.maskedName()));
            put.setOnAction(e -> controls.insertCard(card));
            pane.getChildren().add(put);
        }
        Button take = new Button(messages.get("demoDevices.card.take"));
        take.setOnAction(e -> controls.removeCard());
        pane.getChildren().add(take);
        return pane;
    }

    private FlowPane codeButtons() {
        FlowPane pane = flow();
        for (DemoDeviceControls.DemoCode code : controls.codes()) {
            String text = switch (code.kind()) {
                case BILL -> messages.get("demoDevices.code.bill", code.holder(), messages.get(code.itemKey()));
                case OTHER_STATION -> messages.get("demoDevices.code.otherStation");
                case UNKNOWN -> messages.get("demoDevices.code.unknown");
            };
            Button scan = new Button(text);
            scan.setWrapText(true);
            scan.setOnAction(e -> controls.scan(code));
            pane.getChildren().add(scan);
        }
        return pane;
    }

    private FlowPane printerButtons() {
        FlowPane pane = flow();
        for (DemoDeviceControls.PrinterSetting setting : DemoDeviceControls.PrinterSetting.values()) {
            ToggleButton button = new ToggleButton(messages.get("demoDevices.printer." + setting.name()));
            button.setToggleGroup(printerGroup);
            button.setOnAction(e -> {
                button.setSelected(true);
                controls.setPrinter(setting);
            });
            printerButtons.put(setting, button);
            pane.getChildren().add(button);
        }
        return pane;
    }

    private static FlowPane flow() {
        FlowPane pane = new FlowPane(12, 12);
        pane.setPrefWrapLength(480);
        return pane;
    }

    /** The controls behind the drawer (tests press its buttons and watch the simulators). */
    DemoDeviceControls controls() {
        return controls;
    }
}
