package org.xiangli.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.fleet.Command;
import org.xiangli.kiosk.fleet.CommandReply;
import org.xiangli.kiosk.fleet.FleetCredential;
import org.xiangli.kiosk.fleet.FleetJson;
import org.xiangli.kiosk.fleet.FleetTestKit;
import org.xiangli.kiosk.fleet.FleetTopics;
import org.xiangli.kiosk.shell.KioskFixture;
import org.xiangli.kiosk.testing.Mosquitto;
import org.xiangli.kiosk.testing.MqttProbe;

/** The whole kiosk with [fleet] configured: the county's notice shows as a banner, its screenshot is the screen. */
class KioskFleetTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void theCountysNoticeShowsOnTheScreenAndItsScreenshotComesBackAsAPng() throws Exception {
        Assumptions.assumeTrue(Mosquitto.installed(), "mosquitto is not installed");
        try (FleetTestKit kit = new FleetTestKit(); Mosquitto broker = Mosquitto.start(dir.resolve("broker"))) {
            Path keys = dir.resolve("county-keys.pub");
            Files.writeString(keys, "# county\n" + kit.countyPublic.encoded() + "\n");
            Path credential = dir.resolve("fleet.credential");
            Files.createFile(credential, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(credential, FleetCredential.text(FleetTestKit.COUNTY, "DEMO-001", "secret", Optional.empty()));
            KioskConfig.Fleet fleet = new KioskConfig.Fleet(broker.url(), FleetTestKit.COUNTY, credential, keys, "",
                    Duration.ofMinutes(5), 1000, 512 * 1024);
            FleetTopics topics = new FleetTopics(FleetTestKit.COUNTY, "DEMO-001");
            try (KioskFixture kiosk = new KioskFixture(dir.resolve("data"), 1280, 800, Locale.SIMPLIFIED_CHINESE,
                    c -> c.withFleet(Optional.of(fleet)));
                 MqttProbe hub = MqttProbe.subscribe(broker.url(), "xiangli/#")) {
                CountDownLatch restarted = new CountDownLatch(1);
                kiosk.app().startFleet(new KioskFleetActions(kiosk.app(), kiosk.ui(), kiosk.shell(), kiosk.scene(),
                        restarted::countDown), Optional.empty());
                hub.await("online", WAIT, m -> m.topic().equals(topics.state()) && m.text().contains("\"online\":true"));

                Command notice = kit.command("DEMO-001", "notice", List.of("今晚八点停水，请提前储水",
                        KioskFixture.NOW.plus(Duration.ofHours(2)).toString()), KioskFixture.NOW, Duration.ofMinutes(5));
                hub.publish(topics.cmd(), kit.signed(notice), false);
                assertTrue(reply(hub, notice.id()).ok());
                kiosk.settle();
                assertTrue(kiosk.ui().call(() -> texts(kiosk.shell().root()))
                        .stream().anyMatch(t -> t.contains("今晚八点停水")), "the banner shows the notice");

                Command shot = kit.command("DEMO-001", "screenshot", List.of(), KioskFixture.NOW, Duration.ofMinutes(5));
                hub.publish(topics.cmd(), kit.signed(shot), false);
                CommandReply r = reply(hub, shot.id());
                assertTrue(r.ok(), r.message());
                BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
                        (String) r.result().get("png"))));
                assertEquals(960, png.getWidth());
                assertEquals(600, png.getHeight());

                Command restart = kit.command("DEMO-001", "restart", List.of(), KioskFixture.NOW, Duration.ofMinutes(5));
                hub.publish(topics.cmd(), kit.signed(restart), false);
                assertTrue(reply(hub, restart.id()).ok());
                assertTrue(restarted.await(30, TimeUnit.SECONDS), "restart ran after the reply");
            }
        }
    }

    private static CommandReply reply(MqttProbe hub, String id) throws Exception {
        return FleetJson.read(hub.await("reply " + id, WAIT, m -> m.topic().endsWith("/reply")
                && m.text().contains("\"id\":\"" + id + "\"")).payload(), CommandReply.class);
    }

    private static List<String> texts(Node node) {
        List<String> out = new java.util.ArrayList<>();
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> out.addAll(texts(child)));
        }
        return out;
    }
}
