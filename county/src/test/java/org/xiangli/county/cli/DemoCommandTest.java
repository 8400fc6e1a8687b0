package org.xiangli.county.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.county.CountyTestKit;
import org.xiangli.kiosk.testing.Mosquitto;

/** {@code county.jar demo}: the hub, an embedded broker and simulated kiosks come up, and all of them connect. */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void theDemoStartsItsKiosksAndAllOfThemConnect() throws Exception {
        CountyTestKit.Run r = CountyTestKit.run("demo", "--kiosks", "8", "--data", dir.toString(), "--port",
                String.valueOf(Mosquitto.freePort()), "--broker-port", String.valueOf(Mosquitto.freePort()),
                "--exit-after", "12");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("登录 / login: admin"), r.out());
        assertTrue(r.out().contains("在线 / connected: 8 of 8"), r.out());
    }
}
