package org.xiangli.hal.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QrReaderTest {

    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** A signed set-up label's shape: a short prefix and 300-600 characters of base64url (versions 15 to 20). */
    private static String labelText(Random random) {
        StringBuilder text = new StringBuilder("XLS1.");
        int length = 300 + random.nextInt(300);
        for (int i = 0; i < length; i++) {
            text.append(BASE64URL.charAt(random.nextInt(BASE64URL.length())));
        }
        return text.toString();
    }

    @Test
    void givenThreeHundredLabelSizedCodes_whenRead_thenEveryOneReadsBack() {
        // zxing's single-code detector alone missed 11 of these 300 (a false finder pattern in the data).
        Random random = new Random(1);
        List<Integer> missed = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String text = labelText(random);
            BufferedImage label = QrPng.image(QrCode.encode(text, QrCode.Level.M, 2), 600);

            if (!QrReader.read(label).map(text::equals).orElse(false)) {
                missed.add(i);
            }
        }
        assertEquals(List.of(), missed);
    }

    @Test
    void givenABlankOrNoisyImage_whenRead_thenNothingIsRead() {
        BufferedImage blank = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        assertTrue(QrReader.read(blank).isEmpty());
        Random random = new Random(7);
        BufferedImage noise = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 300; x++) {
                noise.setRGB(x, y, random.nextBoolean() ? 0xFFFFFF : 0);
            }
        }
        assertTrue(QrReader.read(noise).isEmpty());
    }
}
