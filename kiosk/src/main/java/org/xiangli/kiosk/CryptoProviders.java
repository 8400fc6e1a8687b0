package org.xiangli.kiosk;

import java.lang.System.Logger.Level;

/** The JDK's crypto providers, loaded ahead. */
final class CryptoProviders {

    private static final System.Logger LOG = System.getLogger(CryptoProviders.class.getName());

    private CryptoProviders() {
    }

    /**
     * Loads the JDK's crypto providers off the UI's path: a card's ticket keys its holder with HMAC-SHA256 and the
     * payments lookup decrypts with AES-GCM, and the first {@code getInstance} in a process costs tens of ms (the
     * first card ticket was the slowest touch in the benches, issue 18). The demo skips the PIN check that does it.
     */
    static void warmUp() {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(new byte[32], "HmacSHA256"));
            mac.doFinal(new byte[18]);
            javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        } catch (java.security.GeneralSecurityException e) {
            LOG.log(Level.DEBUG, "crypto warm-up: {0}", e.toString());
        }
    }
}
