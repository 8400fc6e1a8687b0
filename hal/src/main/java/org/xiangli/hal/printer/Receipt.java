package org.xiangli.hal.printer;

import java.util.ArrayList;
import java.util.List;

/** A receipt as a list of elements, independent of paper and printer. Build one with {@link #builder()}. */
public record Receipt(List<ReceiptElement> elements) {

    public Receipt {
        elements = List.copyOf(elements);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects elements in order. */
    public static final class Builder {
        private final List<ReceiptElement> elements = new ArrayList<>();

        public Builder text(String text) {
            return text(text, TextSize.NORMAL, false, Align.LEFT);
        }

        public Builder title(String text) {
            return text(text, TextSize.LARGE, true, Align.CENTER);
        }

        public Builder text(String text, TextSize size, boolean bold, Align align) {
            elements.add(new ReceiptElement.Text(text, size, bold, align));
            return this;
        }

        public Builder separator() {
            return separator('-');
        }

        public Builder separator(char character) {
            elements.add(new ReceiptElement.Separator(character));
            return this;
        }

        public Builder keyValue(String key, String value) {
            elements.add(new ReceiptElement.KeyValue(key, value));
            return this;
        }

        public Builder qr(String content, int dots) {
            elements.add(new ReceiptElement.QrCode(content, dots));
            return this;
        }

        public Builder feed(int lines) {
            elements.add(new ReceiptElement.Feed(lines));
            return this;
        }

        public Builder cut() {
            elements.add(new ReceiptElement.Cut(false));
            return this;
        }

        public Builder partialCut() {
            elements.add(new ReceiptElement.Cut(true));
            return this;
        }

        public Receipt build() {
            return new Receipt(elements);
        }
    }
}
