package org.xiangli.kiosk.shell;

import org.xiangli.kiosk.i18n.Messages;

import java.util.Objects;
import java.util.function.BiFunction;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;

/**
 * Demo mode's devices drawer and the "演示设备" button that opens it: the button sits in the header (where it covers
 * nothing of the page), the drawer over the page, which stays usable beside it so a demo card or scan shows its
 * effect at once. Rebuilt in the current language whenever the shell rebuilds.
 */
final class DemoDevicesDrawer {

    private final StackPane layers;
    private final BiFunction<Messages, Runnable, Node> panel;
    private final Button tab = new Button();
    private Node drawer;

    /** @param panel builds the drawer for a language, with what closes it */
    DemoDevicesDrawer(StackPane layers, BiFunction<Messages, Runnable, Node> panel) {
        this.layers = layers;
        this.panel = Objects.requireNonNull(panel, "panel");
        tab.getStyleClass().add("demo-devices-tab");
    }

    /** Puts the button in {@code header}, labelled in that language, opening the drawer in it. */
    void attach(Header header, Messages messages) {
        close();
        tab.setText(messages.get("demoDevices.tab"));
        tab.setOnAction(e -> open(messages));
        header.addSwitch(tab);
    }

    /** Opens the drawer (nothing when it is open already). */
    void open(Messages messages) {
        if (drawer == null) {
            drawer = panel.apply(messages, this::close);
            layers.getChildren().add(drawer);
        }
    }

    void close() {
        if (drawer != null) {
            layers.getChildren().remove(drawer);
            drawer = null;
        }
    }

    Button tab() {
        return tab;
    }

    Node drawer() {
        return drawer;
    }
}
