package org.xiangli.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;

/** The base of a ticket QR's phone link: the station's public URL as set, else this kiosk's LAN address and port. */
class PhoneLinksTest {

    @Test
    void aPublicUrlIsTheBaseWithoutItsTrailingSlashes() throws Exception {
        KioskConfig config = new ConfigLoader().parse("""
                [staff]
                public_url = "https://station.example.cn/xiangli//"
                """, "test.toml");

        assertEquals("https://station.example.cn/xiangli", PhoneLinks.base(config.staff(), 8080));
    }

    @Test
    void withoutOneTheBaseIsThisKiosksIpv4AddressAndTheConsolesPort() {
        String base = PhoneLinks.base(ConfigLoader.defaults().staff(), 43210);

        assertTrue(base.matches("http://\\d{1,3}(\\.\\d{1,3}){3}:43210"), base);
    }
}
