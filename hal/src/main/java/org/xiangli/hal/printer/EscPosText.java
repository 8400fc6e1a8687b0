package org.xiangli.hal.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * The words on a receipt, read back from its ESC/POS bytes: each text run decoded from GB18030 (as the printer's
 * font would draw it), a line feed ending a line, a cut ending the page. Sizes, alignment and rasters (QR codes) are
 * not text and leave nothing. What the virtual printer hands on with each cut page, so a test or a training script
 * can ask "does the ticket say 绿色通道?" without reading pixels.
 *
 * <p>Not thread-safe: the printer's one reading thread feeds it.
 */
public final class EscPosText implements EscPosHandler {

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    /** The page so far, its lines joined by {@code \n}, and starts the next page. */
    public String takePage() {
        endLine();
        String page = String.join("\n", lines);
        lines.clear();
        return page;
    }

    @Override
    public void initialize() {
        // ESC @ drops a line not yet printed, as the printer (and PaperRenderer) do.
        line.setLength(0);
    }

    @Override
    public void text(byte[] bytes) {
        // The printer prints a placeholder for what is not GB18030; new String(...) replaces it the same way.
        line.append(new String(bytes, EscPosEncoder.GB18030));
    }

    @Override
    public void lineFeed() {
        lines.add(line.toString());
        line.setLength(0);
    }

    @Override
    public void feedLines(int count) {
        endLine();
    }

    @Override
    public void align(int n) {
    }

    @Override
    public void bold(boolean on) {
    }

    @Override
    public void size(int n) {
    }

    @Override
    public void chineseMode(boolean on) {
    }

    @Override
    public void raster(MonoBitmap bitmap) {
        endLine();
    }

    @Override
    public void cut(boolean partial) {
        endLine();
    }

    @Override
    public void statusRequest(int n) {
    }

    @Override
    public void unknown(byte[] bytes, String reason) {
    }

    private void endLine() {
        if (!line.isEmpty()) {
            lineFeed();
        }
    }
}
