package org.xiangli.county.publish;

import java.util.List;
import org.xiangli.kiosk.content.MarkdownBlocks;
import org.xiangli.kiosk.content.MarkdownBlocks.Block;
import org.xiangli.kiosk.content.MarkdownBlocks.Span;

/**
 * The kiosk's reader approximated in HTML for the editor's preview. The body is parsed by the kiosk's own parser
 * ({@link MarkdownBlocks}), so what the preview shows as a heading, list, table or image is what the kiosk shows;
 * the layout follows the kiosk's rules: its screen (1280×800 landscape, 800×1280 portrait), its type (24 px, 30 px in
 * large text; headings 1.5/1.25/1.1 em), images 720 px wide, tables wider than {@link #TABLE_SIDEWAYS_AFTER}
 * columns paged sideways three columns at a time with the first column always shown (TablePager), and page
 * breaks only between blocks — the CSS columns of hub.css's {@code .k-pages} are the kiosk's pages (PagedView turns
 * at block boundaries; {@code break-inside: avoid} does the same here). Fonts differ a little (the browser's CJK
 * font, not the kiosk's Noto Sans CJK), so a line may break one character earlier or later. Every text is escaped.
 */
public final class PreviewHtml {

    static final int COLUMNS_PER_PAGE = 3;
    static final int TABLE_SIDEWAYS_AFTER = COLUMNS_PER_PAGE + 1;

    private PreviewHtml() {
    }

    /** The body as the kiosk's reader lays it out; images from {@code assetBase} + path. */
    public static String body(String markdown, String assetBase) {
        StringBuilder html = new StringBuilder();
        for (Block block : MarkdownBlocks.parse(markdown)) {
            switch (block) {
                case MarkdownBlocks.Heading h -> html.append("<div class=\"k-block k-h").append(h.level())
                        .append("\">").append(spans(h.spans())).append("</div>");
                case MarkdownBlocks.Paragraph p -> html.append("<p class=\"k-block\">").append(spans(p.spans()))
                        .append("</p>");
                case MarkdownBlocks.ListBlock l -> {
                    html.append(l.ordered() ? "<ol class=\"k-block\">" : "<ul class=\"k-block\">");
                    for (List<Span> item : l.items()) {
                        html.append("<li>").append(spans(item)).append("</li>");
                    }
                    html.append(l.ordered() ? "</ol>" : "</ul>");
                }
                case MarkdownBlocks.Table t -> table(html, t);
                case MarkdownBlocks.Image img -> html.append("<figure class=\"k-block k-image\"><img src=\"")
                        .append(escape(assetBase + img.path().substring(img.path().lastIndexOf('/') + 1)))
                        .append("\" alt=\"").append(escape(img.alt())).append("\"><figcaption>")
                        .append(escape(img.alt())).append("</figcaption></figure>");
            }
        }
        return html.toString();
    }

    private static void table(StringBuilder html, MarkdownBlocks.Table t) {
        int columns = t.header().size();
        if (columns <= TABLE_SIDEWAYS_AFTER) {
            html.append("<table class=\"k-block k-table\">");
            rows(html, t, 0, columns, columns);
            html.append("</table>");
            return;
        }
        int pages = (columns - 1 + COLUMNS_PER_PAGE - 1) / COLUMNS_PER_PAGE;
        for (int page = 0; page < pages; page++) {
            int from = 1 + page * COLUMNS_PER_PAGE;
            int to = Math.min(columns, from + COLUMNS_PER_PAGE);
            html.append("<div class=\"k-block k-sideways\"><table class=\"k-table\">");
            rows(html, t, from, to, columns);
            html.append("</table><div class=\"k-sideways-bar\">◀ 左边的列　第 ").append(page + 1).append(" / ")
                    .append(pages).append(" 屏　右边的列 ▶</div></div>");
        }
    }

    /** The first column, then columns {@code from} to {@code to} (all of them when the table is narrow). */
    private static void rows(StringBuilder html, MarkdownBlocks.Table t, int from, int to, int columns) {
        html.append("<tr>");
        cells(html, t.header(), from, to, columns, "th");
        html.append("</tr>");
        for (List<String> row : t.rows()) {
            html.append("<tr>");
            cells(html, row, from, to, columns, "td");
            html.append("</tr>");
        }
    }

    private static void cells(StringBuilder html, List<String> row, int from, int to, int columns, String tag) {
        boolean sideways = from > 0;
        if (sideways) {
            cell(html, row, 0, tag);
        }
        for (int c = sideways ? from : 0; c < (sideways ? to : columns); c++) {
            cell(html, row, c, tag);
        }
    }

    private static void cell(StringBuilder html, List<String> row, int c, String tag) {
        html.append('<').append(tag).append('>').append(escape(c < row.size() ? row.get(c) : ""))
                .append("</").append(tag).append('>');
    }

    private static String spans(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span s : spans) {
            out.append(s.bold() ? "<b>" + escape(s.text()) + "</b>" : escape(s.text()));
        }
        return out.toString();
    }

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
