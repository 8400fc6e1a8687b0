package org.xiangli.hal.printer;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Lays ESC/POS output onto simulated paper, the way a 203-dpi thermal printer would: font A on a 12-dot grid,
 * Chinese characters two columns wide, size multipliers, alignment, rasters. Each cut hands a finished page (a
 * {@link BufferedImage}) to the consumer. Both the virtual printer and {@link ReceiptPreview} draw with it, so a
 * preview is exactly what the printer gets.
 */
public final class PaperRenderer implements EscPosHandler {

    private static final String FONT_FAMILY = "Noto Sans Mono CJK SC";
    private static final int MAX_PAGE_HEIGHT = 20_000;

    private final PaperWidth paper;
    private final Consumer<BufferedImage> pages;
    private final Consumer<String> problems;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Segment> line = new ArrayList<>();
    private int align;
    private boolean bold;
    private int widthFactor = 1;
    private int heightFactor = 1;
    private int pageHeight;

    /** A piece of the page and its height in dots. */
    private record Block(int height, Consumer<Graphics2D> painter) {
    }

    private record Segment(String text, boolean bold, int widthFactor, int heightFactor) {
        int dots() {
            return TextColumns.width(text) * PaperWidth.CHAR_WIDTH * widthFactor;
        }
    }

    /**
     * @param pages    receives each cut page
     * @param problems receives a note for every byte sequence that is not valid GB18030 text
     */
    public PaperRenderer(PaperWidth paper, Consumer<BufferedImage> pages, Consumer<String> problems) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** {@code ESC @} clears the line not yet printed, as printers do: noise before a job (a probe) is dropped. */
    @Override
    public void initialize() {
        line.clear();
        align = 0;
        bold = false;
        widthFactor = 1;
        heightFactor = 1;
    }

    @Override
    public void text(byte[] bytes) {
        line.add(new Segment(decode(bytes), bold, widthFactor, heightFactor));
    }

    @Override
    public void lineFeed() {
        List<Segment> segments = List.copyOf(line);
        line.clear();
        int height = segments.stream().mapToInt(Segment::heightFactor).max().orElse(heightFactor)
                * PaperWidth.LINE_HEIGHT + PaperWidth.LINE_GAP;
        int width = segments.stream().mapToInt(Segment::dots).sum();
        int left = switch (align) {
            case 1 -> Math.max(0, (paper.dots() - width) / 2);
            case 2 -> Math.max(0, paper.dots() - width);
            default -> 0;
        };
        add(height, g -> paintLine(g, segments, left, height));
    }

    @Override
    public void feedLines(int lines) {
        flushPartialLine();
        add(lines * (PaperWidth.LINE_HEIGHT + PaperWidth.LINE_GAP), g -> { });
    }

    @Override
    public void align(int n) {
        align = n;
    }

    @Override
    public void bold(boolean on) {
        bold = on;
    }

    @Override
    public void size(int n) {
        widthFactor = (n >> 4 & 0x07) + 1;
        heightFactor = (n & 0x07) + 1;
    }

    @Override
    public void chineseMode(boolean on) {
        // Text is always read as GB18030: single-byte ASCII is the same in both modes.
    }

    @Override
    public void raster(MonoBitmap bitmap) {
        flushPartialLine();
        BufferedImage image = bitmap.toImage();
        add(bitmap.height(), g -> g.drawImage(image, 0, 0, null));
    }

    @Override
    public void cut(boolean partial) {
        flushPartialLine();
        finishPage();
    }

    @Override
    public void statusRequest(int n) {
        // Answered by the printer, not drawn.
    }

    @Override
    public void unknown(byte[] bytes, String reason) {
        // Reported by the printer, not drawn.
    }

    /** Ends the page without a cut (end of a preview); does nothing when the page is blank. */
    public void finishPage() {
        flushPartialLine();
        if (blocks.isEmpty()) {
            return;
        }
        BufferedImage page = new BufferedImage(paper.dots(), Math.max(1, pageHeight), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int y = 0;
            for (Block block : blocks) {
                Graphics2D area = (Graphics2D) g.create(0, y, paper.dots(), block.height());
                try {
                    block.painter().accept(area);
                } finally {
                    area.dispose();
                }
                y += block.height();
            }
        } finally {
            g.dispose();
        }
        blocks.clear();
        pageHeight = 0;
        pages.accept(page);
    }

    private void flushPartialLine() {
        if (!line.isEmpty()) {
            lineFeed();
        }
    }

    private void add(int height, Consumer<Graphics2D> painter) {
        if (pageHeight + height > MAX_PAGE_HEIGHT) {
            // A roll has no end, but a page image must: cut it like a printer running a very long job.
            finishPage();
        }
        blocks.add(new Block(height, painter));
        pageHeight += height;
    }

    private static void paintLine(Graphics2D g, List<Segment> segments, int left, int height) {
        g.setColor(Color.BLACK);
        int x = left;
        for (Segment segment : segments) {
            Font font = font(segment.bold());
            Graphics2D scaled = (Graphics2D) g.create();
            try {
                scaled.translate(x, height - PaperWidth.LINE_GAP);
                scaled.scale(segment.widthFactor(), segment.heightFactor());
                scaled.setFont(font);
                int column = 0;
                for (int point : segment.text().codePoints().toArray()) {
                    scaled.drawString(new String(Character.toChars(point)), column * PaperWidth.CHAR_WIDTH, -4);
                    column += TextColumns.width(point);
                }
            } finally {
                scaled.dispose();
            }
            x += segment.dots();
        }
    }

    private static Font font(boolean bold) {
        return bold ? Fonts.BOLD : Fonts.PLAIN;
    }

    private String decode(byte[] bytes) {
        CharsetDecoder decoder = EscPosEncoder.GB18030.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.accept("text is not valid GB18030: " + hexStart(bytes));
            // new String(...) replaces what cannot be decoded, as a printer prints a placeholder glyph.
            return new String(bytes, EscPosEncoder.GB18030);
        }
    }

    private static String hexStart(byte[] bytes) {
        byte[] start = Arrays.copyOf(bytes, Math.min(bytes.length, 16));
        return HexFormat.ofDelimiter(" ").formatHex(start) + (bytes.length > 16 ? " …" : "");
    }

    /** The printer font, chosen once: a CJK monospace face when installed (fonts-noto-cjk), else the JDK's. */
    private static final class Fonts {
        static final Font PLAIN;
        static final Font BOLD;

        static {
            boolean installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames()).contains(FONT_FAMILY);
            String family = installed ? FONT_FAMILY : Font.MONOSPACED;
            PLAIN = new Font(family, Font.PLAIN, PaperWidth.LINE_HEIGHT - 2);
            BOLD = new Font(family, Font.BOLD, PaperWidth.LINE_HEIGHT - 2);
        }
    }
}
