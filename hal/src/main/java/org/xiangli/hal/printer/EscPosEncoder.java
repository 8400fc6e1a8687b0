package org.xiangli.hal.printer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Turns a {@link Receipt} into ESC/POS bytes for one paper width: text in GB18030 with Chinese mode on, lines
 * broken here (not by the printer) so the preview matches, QR codes as {@code GS v 0} rasters.
 */
public final class EscPosEncoder {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private final PaperWidth paper;

    public EscPosEncoder(PaperWidth paper) {
        this.paper = Objects.requireNonNull(paper, "paper");
    }

    public byte[] encode(Receipt receipt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        out.write(EscPos.ESC);
        out.write('@');
        out.write(EscPos.FS);
        out.write('&');
        for (ReceiptElement element : receipt.elements()) {
            switch (element) {
                case ReceiptElement.Text text -> text(out, text);
                case ReceiptElement.Separator separator ->
                        line(out, String.valueOf(separator.character()).repeat(paper.columns()));
                case ReceiptElement.KeyValue row -> keyValue(out, row);
                case ReceiptElement.QrCode qr -> raster(out, QrRaster.render(qr.content(), qr.dots(), paper.dots()));
                case ReceiptElement.Feed feed -> command(out, EscPos.ESC, 'd', feed.lines());
                case ReceiptElement.Cut cut -> {
                    command(out, EscPos.ESC, 'd', 4);
                    command(out, EscPos.GS, 'V', cut.partial() ? 1 : 0);
                }
            }
        }
        return out.toByteArray();
    }

    private void text(ByteArrayOutputStream out, ReceiptElement.Text text) {
        command(out, EscPos.ESC, 'a', text.align().ordinal());
        command(out, EscPos.ESC, 'E', text.bold() ? 1 : 0);
        command(out, EscPos.GS, '!', text.size().escPosCode());
        for (String line : TextColumns.wrap(text.text(), paper.columns() / text.size().width())) {
            line(out, line);
        }
        command(out, EscPos.GS, '!', 0);
        command(out, EscPos.ESC, 'E', 0);
        command(out, EscPos.ESC, 'a', 0);
    }

    private void keyValue(ByteArrayOutputStream out, ReceiptElement.KeyValue row) {
        int columns = paper.columns();
        int gap = columns - TextColumns.width(row.key()) - TextColumns.width(row.value());
        if (gap >= 1) {
            line(out, row.key() + " ".repeat(gap) + row.value());
            return;
        }
        TextColumns.wrap(row.key(), columns).forEach(line -> line(out, line));
        for (String line : TextColumns.wrap(row.value(), columns)) {
            line(out, " ".repeat(Math.max(0, columns - TextColumns.width(line))) + line);
        }
    }

    private static void raster(ByteArrayOutputStream out, MonoBitmap bitmap) {
        int widthBytes = MonoBitmap.bytesPerRow(bitmap.width());
        out.write(EscPos.GS);
        out.write('v');
        out.write('0');
        out.write(0);
        out.write(widthBytes & 0xFF);
        out.write(widthBytes >> 8);
        out.write(bitmap.height() & 0xFF);
        out.write(bitmap.height() >> 8);
        out.writeBytes(bitmap.rows());
    }

    private static void line(ByteArrayOutputStream out, String text) {
        out.writeBytes(printable(text).getBytes(GB18030));
        out.write(EscPos.LF);
    }

    /** Control characters in text (an ESC in a name from a database) would be commands to the printer: blank them. */
    private static String printable(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return clean.toString();
    }

    private static void command(ByteArrayOutputStream out, int prefix, int letter, int argument) {
        out.write(prefix);
        out.write(letter);
        out.write(argument);
    }
}
