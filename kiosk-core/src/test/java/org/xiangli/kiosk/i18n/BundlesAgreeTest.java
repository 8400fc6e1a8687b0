package org.xiangli.kiosk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every string the kiosk shows exists in Chinese and in English: a key in one bundle only is a missing text. */
class BundlesAgreeTest {

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesAgreeTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void theChineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> zh = keys("/org/xiangli/kiosk/i18n/messages.properties");
        Set<String> en = keys("/org/xiangli/kiosk/i18n/messages_en.properties");

        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertEquals(Set.of(), onlyZh, "in the Chinese bundle only");
        assertEquals(Set.of(), onlyEn, "in the English bundle only");
    }
}
