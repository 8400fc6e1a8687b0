package org.xiangli.kiosk.payments.screens;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/** The payment QR of an unpaid bill, for the villager's phone: black on white with a quiet zone. */
public final class PaymentQrView {

    private PaymentQrView() {
    }

    public static ImageView of(String url, int size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            // Ledger URLs are checked to be at most 500 characters, which always fit a QR code.
            throw new IllegalArgumentException("cannot encode the payment QR: " + e.getMessage(), e);
        }
        WritableImage image = new WritableImage(matrix.getWidth(), matrix.getHeight());
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                pixels.setArgb(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ImageView view = new ImageView(image);
        view.getStyleClass().add("payment-qr");
        return view;
    }
}
