package org.xiangli.kiosk.payments.screens;

import javafx.scene.image.ImageView;
import org.xiangli.kiosk.ui.QrImages;

/** The payment QR of an unpaid bill, for the villager's phone: black on white with a quiet zone. */
public final class PaymentQrView {

    private PaymentQrView() {
    }

    /** Ledger URLs are checked to be at most 500 characters, which always fit a QR code. */
    public static ImageView of(String url, int size) {
        ImageView view = new ImageView(QrImages.image(url, size));
        view.getStyleClass().add("payment-qr");
        return view;
    }
}
