package org.xiangli.county.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.county.HubFixture;
import org.xiangli.county.web.Role;
import org.xiangli.kiosk.content.Priority;

/**
 * The rules an editor's browser cannot get around, on a real hub: review before 村务公开 goes out, nobody approves
 * their own item, only editors publish, scopes; the feed as the kiosk's downloader uses it (ETag, 304, Range with
 * If-Range, 416, 404); withdrawing a station's last item still sends it a bundle that removes it.
 */
class PublishingRulesTest {

    @TempDir
    Path dir;

    private static final Editor COUNTY = new Editor("ed", Role.COUNTY_EDITOR, "");
    private static final Editor REVIEWER = new Editor("jian", Role.REVIEWER, "");

    private static Publishing.Draft draft(String title, String category, Target target) {
        return new Publishing.Draft(title, category, "", "正文第一段。", LocalDate.now(), Optional.empty(),
                Priority.NORMAL, target);
    }

    @Test
    void reviewScopesAndRolesHoldOnTheHub() throws Exception {
        try (HubFixture county = new HubFixture(dir.resolve("hub"), Duration.ofMinutes(30), "QS-001", "HS-001")) {
            county.hub.stations().place("QS-001", "青石镇", "青石村");
            county.hub.stations().place("HS-001", "红山乡", "红山村");
            Publishing p = county.hub.publishing();
            Item affairs = p.save(COUNTY, Optional.empty(), draft("青石村财务公开", "村务公开",
                    Target.parse("stations", "QS-001")), Optional.empty(), "项目\t金额\n租金\t100");
            assertTrue(affairs.needsReview());
            assertTrue(affairs.body().contains("| 租金 | 100 |"), affairs.body());
            assertThrows(IllegalArgumentException.class, () -> p.publish(COUNTY, affairs.id()));
            assertThrows(IllegalArgumentException.class, () -> p.approve(REVIEWER, affairs.id(), ""),
                    "not sent for review yet");
            p.submit(COUNTY, affairs.id());
            assertThrows(Publishing.Forbidden.class, () -> p.approve(new Editor("ed", Role.REVIEWER, ""),
                    affairs.id(), ""), "nobody approves their own item");
            assertThrows(Publishing.Forbidden.class, () -> p.approve(new Editor("v", Role.VIEWER, ""), affairs.id(),
                    ""));
            assertThrows(IllegalArgumentException.class, () -> p.reject(REVIEWER, affairs.id(), " "),
                    "a return says why");
            p.approve(REVIEWER, affairs.id(), "");
            assertThrows(Publishing.Forbidden.class, () -> p.publish(new Editor("t", Role.TECHNICIAN, ""),
                    affairs.id()));
            assertThrows(Publishing.Forbidden.class, () -> p.publish(new Editor("h", Role.TOWNSHIP_EDITOR, "红山乡"),
                    affairs.id()));
            assertThrows(Publishing.Forbidden.class, () -> p.publish(new Editor("q", Role.VILLAGE_EDITOR, "HS-001"),
                    affairs.id()));
            assertEquals(Item.Status.PUBLISHED, p.publish(new Editor("q", Role.VILLAGE_EDITOR, "QS-001"),
                    affairs.id()).status());

            // A change to the published text goes back through review; the kiosks keep the approved text meanwhile.
            Item changed = p.save(COUNTY, Optional.of(affairs.id()), draft("青石村财务公开（更正）", "affairs",
                    Target.parse("stations", "QS-001")), Optional.empty(), "");
            assertEquals(Item.Status.DRAFT, changed.status());
            assertEquals(List.of(affairs.id()), p.items().latestBundle("QS-001").orElseThrow().items());
            List<String> actions = p.items().history(affairs.id()).stream().map(h -> h.user() + " " + h.action())
                    .toList();
            assertEquals(List.of("ed 创建", "ed 提交审核", "jian 审核通过", "q 发布", "ed 修改"), actions);
            assertTrue(p.items().history(affairs.id()).getLast().detail().contains("标题：青石村财务公开 → "));

            assertThrows(IllegalArgumentException.class, () -> p.save(COUNTY, Optional.empty(), draft("x", "affairs",
                    Target.parse("stations", "NO-SUCH")), Optional.empty(), ""));
            assertThrows(IllegalArgumentException.class, () -> p.save(COUNTY, Optional.empty(), draft("两行\n标题",
                    "notices", Target.all()), Optional.empty(), ""));
        }
    }

    @Test
    void theFeedServesEachStationsBundleAsTheKioskDownloaderExpects() throws Exception {
        try (HubFixture county = new HubFixture(dir.resolve("hub"), Duration.ofMinutes(30), "QS-001", "HS-001")) {
            Publishing p = county.hub.publishing();
            Item notice = p.save(COUNTY, Optional.empty(), draft("停水通知", "notices",
                    Target.parse("stations", "QS-001")), Optional.empty(), "");
            p.publish(COUNTY, notice.id());
            HttpClient http = HttpClient.newHttpClient();
            URI feed = URI.create(county.url("/feed/QS-001.xlb"));
            HttpResponse<byte[]> full = http.send(HttpRequest.newBuilder(feed).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, full.statusCode());
            String etag = full.headers().firstValue("ETag").orElseThrow();
            byte[] bytes = full.body();
            assertTrue(new String(bytes, 0, 16).startsWith("XIANGLI-BUNDLE/1"));

            assertEquals(304, http.send(HttpRequest.newBuilder(feed).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            HttpResponse<byte[]> rest = http.send(HttpRequest.newBuilder(feed).header("Range", "bytes=100-")
                    .header("If-Range", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(206, rest.statusCode());
            assertEquals("bytes 100-" + (bytes.length - 1) + "/" + bytes.length,
                    rest.headers().firstValue("Content-Range").orElseThrow());
            assertArrayEquals(Arrays.copyOfRange(bytes, 100, bytes.length), rest.body());
            assertEquals(200, http.send(HttpRequest.newBuilder(feed).header("Range", "bytes=100-")
                    .header("If-Range", "\"an-older-bundle\"").build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode(), "a resume of another bundle starts over");
            assertEquals(416, http.send(HttpRequest.newBuilder(feed).header("Range", "bytes=" + bytes.length + "-")
                    .header("If-Range", etag).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            for (String other : List.of("/feed/HS-001.xlb", "/feed/..%2Fhub.db", "/feed/QS-001.db")) {
                assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(county.url(other))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode(), other);
            }

            // Withdrawing the station's only item: a delta that removes it, since a full bundle needs an item.
            p.withdraw(COUNTY, notice.id());
            ItemRepository.StationBundle after = p.items().latestBundle("QS-001").orElseThrow();
            assertEquals(List.of(), after.items());
            HttpResponse<byte[]> next = http.send(HttpRequest.newBuilder(feed).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, next.statusCode());
            String manifest = new String(next.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(manifest.contains("\"kind\":\"delta\"") && manifest.contains("\"withdrawn\":[\""
                    + notice.id() + "\"]"), manifest.substring(0, Math.min(600, manifest.length())));
            Path key = county.data.resolve("publisher").resolve("publisher.key");
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(key)));
        }
    }
}
