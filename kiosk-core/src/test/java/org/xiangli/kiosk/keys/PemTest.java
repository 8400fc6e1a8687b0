package org.xiangli.kiosk.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PemTest {

    @Test
    void aKeyWrittenAsPemReadsBackAsTheSameKey() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("EC").generateKeyPair();
        String pem = Pem.encode("PRIVATE KEY", pair.getPrivate().getEncoded());
        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertEquals(pair.getPrivate(), Pem.parsePrivateKey("a comment line\n" + pem));
    }

    @Test
    void olderOpenSslFormatsAreRefusedWithTheCommandThatConvertsThem() {
        GeneralSecurityException e = assertThrows(GeneralSecurityException.class, () -> Pem.parsePrivateKey(
                "-----BEGIN EC PRIVATE KEY-----\nMHcC\n-----END EC PRIVATE KEY-----\n"));
        assertTrue(e.getMessage().contains("openssl pkcs8 -topk8 -nocrypt"), e.getMessage());
        assertThrows(CertificateException.class, () -> Pem.parseCertificates("no pem here"));
    }

    /** Whatever a stick or a careless copy brings, the answer is a key, a certificate or a checked error. */
    @Test
    void randomTextGivesAKeyOrACheckedErrorNeverACrash() {
        Random random = new Random(13);
        String[] parts = {"-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----", "-----BEGIN CERTIFICATE-----",
            "-----END CERTIFICATE-----", "MIIB", "====", "\n", "AAAA", "=A=", "/+", " "};
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            try {
                Pem.parsePrivateKey(text.toString());
            } catch (GeneralSecurityException e) {
                refused++;
            }
            try {
                Pem.parseCertificates(text.toString());
            } catch (CertificateException e) {
                refused++;
            }
        }
        assertTrue(refused > 9_000, "almost all of it is refused: " + refused);
    }
}
