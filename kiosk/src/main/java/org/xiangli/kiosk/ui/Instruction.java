package org.xiangli.kiosk.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/**
 * What the villager is asked to do with a device (请刷身份证, 请扫描缴费单上的二维码): an icon of the thing and the
 * words beside it, set on the page itself. It is not a box: a white framed box reads as a field to type into or a
 * button to press, and touching these does nothing.
 */
public final class Instruction extends HBox {

    /** The thing the instruction is about, drawn as its icon. */
    public enum Icon {
        /** An ID card: a photo and lines of text on a card. */
        ID_CARD("M6 0H90A6 6 0 0 1 96 6V58A6 6 0 0 1 90 64H6A6 6 0 0 1 0 58V6A6 6 0 0 1 6 0Z"
                + "M10 12V52H38V12ZM46 14V20H86V14ZM46 29V35H86V29ZM46 44V50H72V44Z"),
        /** A QR code: its three finder squares and some modules. */
        QR_CODE("M0 0H26V26H0ZM6 6V20H20V6ZM10 10H16V16H10Z"
                + "M38 0H64V26H38ZM44 6V20H58V6ZM48 10H54V16H48Z"
                + "M0 38H26V64H0ZM6 44V58H20V44ZM10 48H16V54H10Z"
                + "M32 32H40V40H32ZM44 36H52V44H44ZM56 32H64V40H56ZM36 48H44V56H36ZM50 52H64V64H50Z");

        private final String path;

        Icon(String path) {
            this.path = path;
        }
    }

    public Instruction(Icon icon, String title, String hint) {
        getStyleClass().add("instruction");
        setAlignment(Pos.CENTER_LEFT);
        SVGPath picture = new SVGPath();
        picture.setContent(icon.path);
        picture.setFillRule(FillRule.EVEN_ODD);
        picture.getStyleClass().add("instruction-icon");
        Label what = new Label(title);
        what.getStyleClass().add("instruction-title");
        what.setWrapText(true);
        Label how = new Label(hint);
        how.getStyleClass().add("instruction-hint");
        how.setWrapText(true);
        VBox words = new VBox(4, what, how);
        words.setMinHeight(VBox.USE_PREF_SIZE);
        HBox.setHgrow(words, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(picture, words);
        setMinHeight(USE_PREF_SIZE);
        setMaxWidth(Double.MAX_VALUE);
    }
}
