package org.xiangli.kiosk.ui;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/**
 * A full-width button holding wrapped lines (title, summary, date). A button's skin asks its graphic for a height
 * at a width it derives from -1 (an unknown width), which a graphic of wrapped labels answers as if one character
 * wide; this button measures its content at its real width instead, so entries are as tall as their text.
 */
public final class ListEntry extends Button {

    private final VBox content;

    private ListEntry(VBox content) {
        this.content = content;
        content.setAlignment(Pos.CENTER_LEFT);
        setGraphic(content);
        getStyleClass().add("list-entry");
        setMaxWidth(Double.MAX_VALUE);
    }

    public static ListEntry of(VBox content, String... styleClasses) {
        ListEntry entry = new ListEntry(content);
        entry.getStyleClass().addAll(styleClasses);
        return entry;
    }

    /** Height depends on width: layout panes then pass the width they will give (see the class comment). */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth();
        if (w <= 0) {
            // Nothing known yet: measure the lines unwrapped.
            w = content.prefWidth(-1) + getInsets().getLeft() + getInsets().getRight();
        }
        Insets insets = getInsets();
        double inner = Math.max(1, w - insets.getLeft() - insets.getRight());
        return Math.max(getMinHeight(), insets.getTop() + content.prefHeight(inner) + insets.getBottom());
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
