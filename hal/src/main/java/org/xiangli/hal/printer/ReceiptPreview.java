package org.xiangli.hal.printer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A receipt as it will look on paper. It is drawn from the very ESC/POS bytes the printer would get, through the
 * same renderer as the virtual printer: what a villager sees on screen is what prints.
 */
public final class ReceiptPreview {

    private ReceiptPreview() {
    }

    /** The receipt's pages (one per cut; usually one). */
    public static List<BufferedImage> render(Receipt receipt, PaperWidth paper) {
        List<BufferedImage> pages = new ArrayList<>();
        PaperRenderer renderer = new PaperRenderer(paper, pages::add, problem -> { });
        EscPosParser parser = new EscPosParser(renderer);
        parser.feed(new EscPosEncoder(paper).encode(receipt));
        parser.finish();
        renderer.finishPage();
        return pages;
    }

    /** The first page as PNG bytes. */
    public static byte[] png(Receipt receipt, PaperWidth paper) {
        List<BufferedImage> pages = render(receipt, paper);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("the receipt is blank");
        }
        return png(pages.getFirst());
    }

    public static byte[] png(BufferedImage page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(page, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding in memory failed", e);
        }
        return out.toByteArray();
    }
}
