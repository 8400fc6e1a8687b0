package org.xiangli.hal.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReceiptRoundTripTest {

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void givenASampleReceipt_whenItsEscPosIsRenderedByTheVirtualPrinter_thenThePngQrDecodesToTheUtf8Text(
            PaperWidth paper) throws Exception {
        byte[] escPos = new EscPosEncoder(paper).encode(SampleReceipts.ticket());
        List<BufferedImage> pages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        EscPosParser parser = new EscPosParser(new PaperRenderer(paper, pages::add, problems::add));

        for (int i = 0; i < escPos.length; i += 100) {
            parser.feed(escPos, i, Math.min(100, escPos.length - i));
        }
        parser.finish();

        assertEquals(1, pages.size());
        assertTrue(problems.isEmpty(), problems.toString());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(ReceiptPreview.png(pages.getFirst())));
        assertEquals(paper.dots(), png.getWidth());
        assertEquals(SampleReceipts.TICKET_QR, decodeQr(png));
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void givenASampleReceipt_whenPreviewed_thenThePreviewIsThePrintedPage(PaperWidth paper) throws Exception {
        BufferedImage preview = ImageIO.read(new ByteArrayInputStream(ReceiptPreview.png(SampleReceipts.ticket(), paper)));

        assertEquals(paper.dots(), preview.getWidth());
        assertTrue(preview.getHeight() > 400, "height " + preview.getHeight());
        assertEquals(SampleReceipts.TICKET_QR, decodeQr(preview));
    }

    static String decodeQr(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap,
                Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                        DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
