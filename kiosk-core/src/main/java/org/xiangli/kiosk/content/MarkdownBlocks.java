package org.xiangli.kiosk.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The safe Markdown subset of content bodies, parsed into blocks the reader lays out: headings, paragraphs,
 * bullet and numbered lists, pipe tables, images and **bold** emphasis. Anything else is kept as plain text —
 * never interpreted (no HTML, no links that navigate), so a bundle cannot make the kiosk do anything.
 */
public final class MarkdownBlocks {

    public sealed interface Block permits Heading, Paragraph, ListBlock, Table, Image {
    }

    /** A run of text, bold or not. */
    public record Span(String text, boolean bold) {
    }

    public record Heading(int level, List<Span> spans) implements Block {
    }

    public record Paragraph(List<Span> spans) implements Block {
    }

    public record ListBlock(boolean ordered, List<List<Span>> items) implements Block {
    }

    public record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    public record Image(String alt, String path) implements Block {
    }

    private MarkdownBlocks() {
    }

    public static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").split("\n");
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                i++;
            } else if (line.startsWith("#")) {
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                blocks.add(new Heading(Math.min(level, 3), spans(line.substring(level).strip())));
                i++;
            } else if (line.startsWith("|")) {
                List<List<String>> rows = new ArrayList<>();
                while (i < lines.length && lines[i].strip().startsWith("|")) {
                    String row = lines[i].strip();
                    if (!row.matches("\\|?[\\s:|-]+\\|?")) {
                        rows.add(cells(row));
                    }
                    i++;
                }
                if (!rows.isEmpty()) {
                    // A table of separator lines only has nothing to show.
                    blocks.add(new Table(rows.getFirst(), rows.subList(1, rows.size())));
                }
            } else if (line.matches("!\\[[^]]*]\\([^)]+\\)")) {
                int close = line.indexOf("](");
                blocks.add(new Image(line.substring(2, close), line.substring(close + 2, line.length() - 1)));
                i++;
            } else if (isBullet(line) || isNumbered(line)) {
                boolean ordered = isNumbered(line);
                List<List<Span>> items = new ArrayList<>();
                while (i < lines.length && (ordered ? isNumbered(lines[i].strip()) : isBullet(lines[i].strip()))) {
                    String item = lines[i].strip();
                    items.add(spans(item.substring(item.indexOf(ordered ? '.' : ' ') + 1).strip()));
                    i++;
                }
                blocks.add(new ListBlock(ordered, items));
            } else {
                // The first line always belongs to the paragraph, so a line that only looks like the start of
                // another block (a lone "![") cannot stall the parser.
                StringBuilder text = new StringBuilder(lines[i].strip());
                i++;
                while (i < lines.length && !lines[i].isBlank() && !startsBlock(lines[i].strip())) {
                    text.append(lines[i].strip());
                    i++;
                }
                blocks.add(new Paragraph(spans(text.toString())));
            }
        }
        return blocks;
    }

    /** The text a read-aloud or search sees: every block's words, no markup. */
    public static String plainText(String markdown) {
        StringBuilder sb = new StringBuilder();
        for (Block block : parse(markdown)) {
            switch (block) {
                case Heading h -> sb.append(join(h.spans()));
                case Paragraph p -> sb.append(join(p.spans()));
                case ListBlock l -> l.items().forEach(item -> sb.append(join(item)).append('\n'));
                case Table t -> {
                    sb.append(String.join(" ", t.header())).append('\n');
                    t.rows().forEach(r -> sb.append(String.join(" ", r)).append('\n'));
                }
                case Image img -> sb.append(img.alt());
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }

    private static String join(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    private static boolean startsBlock(String line) {
        return line.startsWith("#") || line.startsWith("|") || isBullet(line) || isNumbered(line)
                || line.startsWith("![");
    }

    private static boolean isBullet(String line) {
        return line.startsWith("- ") || line.startsWith("* ");
    }

    private static boolean isNumbered(String line) {
        return line.matches("\\d{1,3}\\.\\s.*");
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip().replace("**", ""));
        }
        return cells;
    }

    /** Splits **bold** runs; an unpaired ** stays as literal text. */
    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int open = text.indexOf("**", pos);
            int close = open < 0 ? -1 : text.indexOf("**", open + 2);
            if (open < 0 || close < 0) {
                spans.add(new Span(text.substring(pos), false));
                break;
            }
            if (open > pos) {
                spans.add(new Span(text.substring(pos, open), false));
            }
            if (close > open + 2) {
                spans.add(new Span(text.substring(open + 2, close), true));
            }
            pos = close + 2;
        }
        return spans;
    }
}
