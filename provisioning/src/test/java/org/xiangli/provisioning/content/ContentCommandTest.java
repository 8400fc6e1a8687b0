package org.xiangli.provisioning.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.provisioning.KioskCtl;
import org.xiangli.provisioning.Output;

/** The publisher's and technician's content commands, in the exact forms of the issue, run in-process. */
class ContentCommandTest {

    @TempDir
    Path dir;

    private static Output run(String... args) {
        return Output.run(() -> KioskCtl.run(args));
    }

    private Path contentDir() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("pension.md"), """
                ---
                title: 城乡居民养老保险缴费通知
                category: 惠农政策
                published: 2026-11-01
                ---
                请在十二月底前缴纳养老保险。
                """);
        Files.writeString(src.resolve("subsidy.md"), """
                ---
                title: 耕地地力保护补贴发放公示
                category: 村务公开
                published: 2026-11-10
                ---
                | 户主 | 面积（亩） | 补贴（元） |
                |---|---|---|
                | 张*三 | 5.2 | 624.00 |
                """);
        return src;
    }

    @Test
    void keysBuildVerifyImportAndSearchRoundTrip() throws Exception {
        Path keys = dir.resolve("keys");
        assertEquals(0, run("keys", "generate", "--out", keys.toString()).exitCode());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("publisher.key"))));
        Path bundle = dir.resolve("out/content.xlb");

        Output build = run("content", "build", contentDir().toString(), "-o", bundle.toString(), "--key",
                keys.resolve("publisher.key").toString(), "--sequence", "7");
        Output verify = run("content", "verify", bundle.toString(), "--pubkey", keys.resolve("publisher.pub").toString());
        Path db = dir.resolve("kiosk.db");
        Output imported = run("content", "import", bundle.toString(), "--db", db.toString(), "--pubkey",
                keys.resolve("publisher.pub").toString());
        Output search = run("content", "search", "补贴", "--db", db.toString(), "--json");
        Output initials = run("content", "search", "ylbx", "--db", db.toString());

        assertEquals(0, build.exitCode(), build.err());
        assertEquals(0, verify.exitCode(), verify.err());
        assertTrue(verify.out().startsWith("2 items"), verify.out());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(0, search.exitCode(), search.err());
        JsonNode hits = new ObjectMapper().readTree(search.out());
        assertEquals("耕地地力保护补贴发放公示", hits.get(0).get("title").asText());
        assertEquals("村务公开", hits.get(0).get("category").asText());
        assertTrue(initials.out().contains("城乡居民养老保险缴费通知"), initials.out());
    }

    @Test
    void verifyFailsWithTheReasonForAnotherPublishersKeyAndImportKeepsTheOldContent() throws Exception {
        Path keys = dir.resolve("keys");
        Path other = dir.resolve("other");
        run("keys", "generate", "--out", keys.toString());
        run("keys", "generate", "--out", other.toString());
        Path bundle = dir.resolve("content.xlb");
        run("content", "build", contentDir().toString(), "-o", bundle.toString(), "--key",
                keys.resolve("publisher.key").toString(), "--sequence", "3");

        Output verify = run("content", "verify", bundle.toString(), "--pubkey", other.resolve("publisher.pub").toString());
        Path db = dir.resolve("kiosk.db");
        run("content", "import", bundle.toString(), "--db", db.toString(), "--pubkey",
                keys.resolve("publisher.pub").toString());
        Output replay = run("content", "import", bundle.toString(), "--db", db.toString(), "--pubkey",
                keys.resolve("publisher.pub").toString());

        assertEquals(1, verify.exitCode());
        assertTrue(verify.err().contains("does not trust"), verify.err());
        assertEquals(1, replay.exitCode());
        assertTrue(replay.err().contains("rollback or replay refused"), replay.err());
        for (String query : new String[] {"补贴", "养老"}) {
            assertEquals(1, new ObjectMapper().readTree(run("content", "search", query, "--db", db.toString(), "--json")
                    .out()).size(), "still there: " + query);
        }
    }

    @Test
    void buildNamesTheFileAndLineOfABadFrontMatterValue() throws Exception {
        Path keys = dir.resolve("keys");
        run("keys", "generate", "--out", keys.toString());
        Path src = contentDir();
        Files.writeString(src.resolve("bad.md"), "---\ntitle: 坏日期\ncategory: 通知公告\npublished: 2026-13-01\n---\n正文\n");

        Output build = run("content", "build", src.toString(), "-o", dir.resolve("x.xlb").toString(), "--key",
                keys.resolve("publisher.key").toString());

        assertEquals(1, build.exitCode());
        assertTrue(build.err().contains("bad.md:4: published must be a date YYYY-MM-DD"), build.err());
    }

    @Test
    void buildReportsEveryProblemOfEveryFileAtOnceEachWithItsFileAndLine() throws Exception {
        Path keys = dir.resolve("keys");
        run("keys", "generate", "--out", keys.toString());
        Path src = contentDir();
        Files.writeString(src.resolve("a-first.md"), "---\ntitle: 第一篇\ncategory: 新闻\npublished: 2026-13-01\n"
                + "colour: red\n---\n正文\n");
        Files.writeString(src.resolve("b-second.md"), "---\ncategory: 通知公告\npublished: 2026-11-01\n---\n正文\n");
        Files.writeString(src.resolve("c-third.md"), "---\ntitle: 第三篇\ncategory: 通知公告\npublished: 2026-11-01\n"
                + "---\n正文\n![图](missing.png)\n");

        Output build = run("content", "build", src.toString(), "-o", dir.resolve("x.xlb").toString(), "--key",
                keys.resolve("publisher.key").toString());

        assertEquals(1, build.exitCode());
        for (String problem : List.of("a-first.md:5: unknown key 'colour'", "a-first.md:3: unknown category '新闻'",
                "a-first.md:4: published must be a date YYYY-MM-DD", "b-second.md:1: front matter lacks 'title'",
                "c-third.md:7: image 'missing.png' not found")) {
            assertTrue(build.err().contains(problem), problem + " in:\n" + build.err());
        }
        assertTrue(build.err().contains("5 problem(s), no bundle written"), build.err());
        assertFalse(Files.exists(dir.resolve("x.xlb")));
    }

    @Test
    void importFromAServerAnnouncing100GiBStopsAtOnceAndLeavesNothingBehind() throws Exception {
        HttpServer server = flooding(100L << 30);
        try {
            Path data = Files.createDirectories(dir.resolve("data"));
            long started = System.nanoTime();

            Output imported = run("content", "import", url(server), "--db", data.resolve("kiosk.db").toString());

            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            assertEquals(1, imported.exitCode(), imported.out());
            assertTrue(imported.err().contains("BUNDLE_TOO_LARGE"), imported.err());
            assertTrue(seconds < 10, "refused from its headers, not after the download: " + seconds + " s");
            assertEquals(List.of(), downloadFolders(data));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void importOfABodyOfNoAnnouncedLengthStopsAtContentMaxBundleMbAndDeletesWhatArrived() throws Exception {
        HttpServer server = flooding(0);
        try {
            Path data = dir.resolve("data");
            Path config = Files.writeString(dir.resolve("kiosk.toml"),
                    "[content]\nmax_bundle_mb = 1\n[data]\ndir = \"" + data + "\"\n");

            Output imported = run("content", "import", url(server), "--config", config.toString());

            assertEquals(1, imported.exitCode(), imported.out());
            assertTrue(imported.err().contains("BUNDLE_TOO_LARGE"), imported.err());
            assertTrue(imported.err().contains("larger than 1 MB"), imported.err());
            assertEquals(List.of(), downloadFolders(data));
        } finally {
            server.stop(0);
        }
    }

    /**
     * Answers 200 with this Content-Length (0: none, chunked) and sends zeros until the client hangs up, or 64 MiB
     * so that a client with no limit fails the test instead of filling the disk.
     */
    private static HttpServer flooding(long announced) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(200, announced);
                byte[] block = new byte[64 * 1024];
                for (int i = 0; i < 1024; i++) {
                    exchange.getResponseBody().write(block);
                }
            }
        });
        server.start();
        return server;
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed/latest.xlb";
    }

    /** The download folders an import left beside the database (where it downloads, /tmp being RAM on a Pi). */
    private static List<String> downloadFolders(Path data) throws Exception {
        try (Stream<Path> files = Files.list(data)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("content-import-")).toList();
        }
    }
}
