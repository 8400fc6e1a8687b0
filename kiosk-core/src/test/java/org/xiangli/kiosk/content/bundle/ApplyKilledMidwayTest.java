package org.xiangli.kiosk.content.bundle;

import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.content.Category;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.SeedDocuments;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;

/**
 * Power cut while a large bundle is applied: a child JVM applies it and is killed with SIGKILL at a random moment,
 * 50 times. Each time the database must be sound and hold entirely the old or entirely the new content.
 */
class ApplyKilledMidwayTest {

    private static final System.Logger LOG = System.getLogger(ApplyKilledMidwayTest.class.getName());
    private static final int RUNS = 50;
    private static final int ITEMS = 400;

    @TempDir
    Path dir;

    @Test
    void aKilledApplyLeavesEitherAllOldOrAllNewContent() throws Exception {
        PublisherKeyFiles.Signer signer = BundleFixture.signer(dir.resolve("keys"));
        Path oldBundle = bundle(signer, 1, "旧", dir.resolve("old.xlb"));
        Path newBundle = bundle(signer, 2, "新", dir.resolve("new.xlb"));
        Path template = dir.resolve("template.db");
        try (Database db = Database.open(template)) {
            new BundleImporter(new ContentRepository(db), new KioskEventRepository(db),
                    new TrustedKeys(List.of(signer.publicKey())), "DEMO-001", BundleLimits.DEFAULT,
                    java.time.Clock.systemUTC()).importFile(oldBundle);
        }
        // One undisturbed run tells how long the apply takes: kills fall inside that span and a little after it.
        long span = Math.max(50, runChild(copy(template, "calibrate.db"), newBundle, signer, -1));
        Random random = new Random(4);
        int oldSeen = 0;
        int newSeen = 0;
        for (int run = 0; run < RUNS; run++) {
            Path db = copy(template, "run" + run + ".db");
            runChild(db, newBundle, signer, random.nextLong(span * 12 / 10));
            String state = check(db);
            if (state.equals("old")) {
                oldSeen++;
            } else {
                newSeen++;
            }
        }
        LOG.log(Level.INFO, "killed applies: {0} left the old content, {1} the new (apply span {2} ms)",
                oldSeen, newSeen, span);
        assertEquals(RUNS, oldSeen + newSeen);
    }

    private Path bundle(PublisherKeyFiles.Signer signer, long sequence, String mark, Path out) throws Exception {
        List<Manifest.ItemEntry> items = new ArrayList<>();
        for (ContentItem item : SeedDocuments.items(ITEMS, LocalDate.of(2026, 11, 20))) {
            items.add(new Manifest.ItemEntry(item.id(), item.category(), mark + item.title(), "", item.bodyMarkdown(),
                    item.published().toString(), null, "normal", false, null, null));
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, mark + sequence, signer.publicKey().id(), null, sequence,
                BundleFixture.CREATED.toString(), "full", List.of("*"), Category.DEFAULTS.stream()
                .map(c -> new Manifest.CategoryEntry(c.code(), c.nameZh(), c.nameEn(), c.sortOrder())).toList(),
                items, List.of(), List.of());
        BundleWriter.write(out, manifest, List.of(), signer.privateKey());
        return out;
    }

    private Path copy(Path template, String name) throws Exception {
        Path run = Files.createDirectories(dir.resolve(name + ".d")).resolve("kiosk.db");
        Files.copy(template, run);
        return run;
    }

    /** Runs the child; kills it {@code killAfterMs} after it starts applying, or (-1) returns how long applying took. */
    private long runChild(Path db, Path bundle, PublisherKeyFiles.Signer signer, long killAfterMs) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        // Quick-start flags: fifty JVM start-ups are most of this test's time on a 2-core machine.
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "--enable-native-access=ALL-UNNAMED", ApplyBundleChild.class.getName(), db.toString(),
                bundle.toString(), signer.publicKey().encoded())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertEquals("applying", line, "the child started");
        long started = System.nanoTime();
        if (killAfterMs < 0) {
            assertEquals("applied", out.readLine());
            long took = (System.nanoTime() - started) / 1_000_000;
            child.waitFor();
            return took;
        }
        // Not a wait for a result: the moment of the kill is this test's input (a power cut at a random time).
        Thread.sleep(killAfterMs);
        // destroyForcibly is SIGKILL on Linux: no shutdown hooks, no finally blocks, like a power cut.
        child.destroyForcibly();
        child.waitFor();
        return -1;
    }

    /** "old" or "new"; fails on a broken file or a mix. Reads with plain JDBC, not the code under test. */
    private static String check(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            int old;
            int fresh;
            long sequence;
            try (ResultSet rs = s.executeQuery("SELECT sum(title LIKE '旧%'), sum(title LIKE '新%'), count(*) "
                    + "FROM content_item")) {
                rs.next();
                old = rs.getInt(1);
                fresh = rs.getInt(2);
                assertEquals(ITEMS, rs.getInt(3));
            }
            try (ResultSet rs = s.executeQuery("SELECT sequence FROM content_bundle_applied")) {
                rs.next();
                sequence = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM content_title_fts WHERE content_title_fts MATCH "
                    + "'\"" + (fresh > 0 ? "新" : "旧") + "\" *'")) {
                rs.next();
                assertEquals(ITEMS, rs.getInt(1), "the search index switched with the items");
            }
            assertTrue(old == ITEMS && fresh == 0 && sequence == 1 || fresh == ITEMS && old == 0 && sequence == 2,
                    "old " + old + ", new " + fresh + ", sequence " + sequence);
            return old == ITEMS ? "old" : "new";
        }
    }
}
