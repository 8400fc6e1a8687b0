package org.xiangli.kiosk.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Random;
import java.util.function.Function;
import org.xiangli.kiosk.content.bundle.BundleBuilder;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.content.bundle.BundleReader;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.content.search.PinyinInitials;
import org.xiangli.kiosk.content.search.SearchText;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;

/**
 * {@code bench/content.sh}: a 10,000-item bundle from the shuffled seed documents — build, verify, apply — then
 * search latency (p50/p99) for 1-, 2-, 4-character and pinyin-initial queries against a plain LIKE scan.
 * Args: WORKDIR [ITEMS].
 */
public final class ContentBenchmark {

    private static final int SEARCH_LIMIT = 50;
    private static final int REPEATS = 30;

    private ContentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Files.createDirectories(work);
        Path src = Files.createDirectories(work.resolve("src"));
        List<String> paragraphs = new ArrayList<>(SeedDocuments.paragraphs());
        Random random = new Random(42);
        LocalDate today = LocalDate.of(2026, 11, 23);
        for (int i = 0; i < count; i++) {
            Collections.shuffle(paragraphs, random);
            String body = String.join("\n\n", paragraphs.subList(0, 2 + random.nextInt(3)));
            Files.writeString(src.resolve(String.format("item-%05d.md", i)), "---\ntitle: "
                    + SeedDocuments.titleOf(paragraphs.get(0)).replace(":", "：") + "\ncategory: "
                    + Category.DEFAULTS.get(i % 6).nameZh() + "\npublished: " + today.minusDays(random.nextInt(700))
                    + "\n---\n" + body + "\n", StandardCharsets.UTF_8);
        }
        Path keys = work.resolve("keys");
        PublisherKeyFiles.generate(keys);
        PublisherKeyFiles.Signer signer = PublisherKeyFiles.readPrivate(keys.resolve("publisher.key"));
        Path bundle = work.resolve("bench.xlb");

        long t0 = System.nanoTime();
        long c0 = cpu();
        new BundleBuilder(BundleLimits.DEFAULT).build(src, signer, new BundleBuilder.Options(1, false, List.of(),
                List.of("*"), Instant.now()), bundle);
        long build = ms(t0);
        long buildCpu = cpuMs(c0);
        TrustedKeys trusted = new TrustedKeys(List.of(signer.publicKey()));
        t0 = System.nanoTime();
        c0 = cpu();
        new BundleReader(trusted::find, BundleLimits.DEFAULT).read(bundle);
        long verify = ms(t0);
        long verifyCpu = cpuMs(c0);
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        Path dbFile = work.resolve("kiosk.db");
        Files.deleteIfExists(dbFile);
        try (Database db = Database.open(dbFile)) {
            ContentRepository repository = new ContentRepository(db, new PinyinInitials());
            t0 = System.nanoTime();
            c0 = cpu();
            new BundleImporter(repository, new KioskEventRepository(db), trusted, "DEMO-001", BundleLimits.DEFAULT,
                    clock).importFile(bundle);
            long apply = ms(t0);
            long applyCpu = cpuMs(c0);
            System.out.printf(Locale.ROOT, "items %d, bundle %.1f MB%n", count, Files.size(bundle) / 1e6);
            // CPU time of this thread beside the wall time: on a shared machine the wall time is mostly waiting.
            System.out.printf(Locale.ROOT, "build  %6d ms (cpu %6d ms)%nverify %6d ms (cpu %6d ms)%n"
                    + "apply  %6d ms (cpu %6d ms; verify + one transaction)%n", build, buildCpu, verify, verifyCpu,
                    apply, applyCpu);

            ContentLibrary library = new ContentLibrary(repository, clock);
            String text = String.join("", paragraphs);
            List<String> one = sample(text, 1, random);
            List<String> two = sample(text, 2, random);
            List<String> four = sample(text, 4, random);
            List<String> initials = new ArrayList<>();
            for (String q : sample(text, 4, random)) {
                initials.add(new PinyinInitials().variants(q).getFirst());
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile)) {
                plainInitialsTable(c);
                System.out.println("query        fts5 p50   fts5 p99   LIKE p50   LIKE p99   p99 speed-up  fts5 cpu p99"
                        + "  (ms, " + REPEATS + " runs of 20 queries, first " + SEARCH_LIMIT + " hits)");
                report("1 char", one, q -> library.search(q, SEARCH_LIMIT).size(), q -> like(c, q, false));
                report("2 chars", two, q -> library.search(q, SEARCH_LIMIT).size(), q -> like(c, q, false));
                report("4 chars", four, q -> library.search(q, SEARCH_LIMIT).size(), q -> like(c, q, false));
                report("initials", initials, q -> library.search(q, SEARCH_LIMIT).size(), q -> like(c, q, true));
            }
        }
    }

    /** The scan's view of pinyin: every title's initials variants as plain text (the index keeps no copy). */
    private static void plainInitialsTable(Connection c) throws java.sql.SQLException {
        PinyinInitials pinyin = new PinyinInitials();
        c.setAutoCommit(false);
        try (var s = c.createStatement()) {
            s.execute("CREATE TABLE bench_initials(item_rowid INTEGER PRIMARY KEY, initials TEXT)");
        }
        try (PreparedStatement read = c.prepareStatement("SELECT rowid, title FROM content_item");
             PreparedStatement write = c.prepareStatement("INSERT INTO bench_initials VALUES (?, ?)");
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                write.setLong(1, rs.getLong(1));
                write.setString(2, SearchText.initialsTokens(pinyin.variants(rs.getString(2))));
                write.executeUpdate();
            }
        }
        c.commit();
        c.setAutoCommit(true);
    }

    private static List<String> sample(String text, int length, Random random) {
        List<String> out = new ArrayList<>();
        while (out.size() < 20) {
            int at = random.nextInt(text.length() - length);
            String q = text.substring(at, at + length);
            if (q.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                out.add(q);
            }
        }
        return out;
    }

    /** The plain scan: LIKE over title and body (or over the stored initials), same visibility and order. */
    private static int like(Connection c, String q, boolean initials) {
        String sql = initials
                ? "SELECT i.id FROM content_item i JOIN bench_initials s ON s.item_rowid = i.rowid WHERE s.initials LIKE ? "
                        + "AND i.published <= ? AND (i.expires IS NULL OR i.expires >= ?) "
                        + "ORDER BY i.published DESC LIMIT " + SEARCH_LIMIT
                : "SELECT id FROM content_item WHERE (title LIKE ?1 OR body_md LIKE ?1) AND published <= ?2 "
                        + "AND (expires IS NULL OR expires >= ?3) ORDER BY title LIKE ?1 DESC, published DESC LIMIT "
                        + SEARCH_LIMIT;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, "%" + (initials ? SearchText.tokens(q) : q) + "%");
            ps.setString(2, "2026-11-23");
            ps.setString(3, "2026-11-23");
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(String name, List<String> queries, Function<String, Integer> fts,
                               Function<String, Integer> like) {
        Map<String, Double> slowest = new TreeMap<>();
        double[][] a = times(queries, fts, slowest);
        double[][] b = times(queries, like, new TreeMap<>());
        String worst = slowest.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(3).map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        System.out.printf(Locale.ROOT, "%-10s %9.2f %10.2f %10.2f %10.2f %12.0fx %12.2f   slowest fts5: %s%n", name,
                pct(a[0], 50), pct(a[0], 99), pct(b[0], 50), pct(b[0], 99), pct(b[0], 99) / pct(a[0], 99),
                pct(a[1], 99), worst);
    }

    /**
     * Sorted wall and CPU times (ms) of every run; {@code slowest} gets each query's worst wall time. The CPU time
     * is the search's own work: on a shared machine the gap to the wall time is time spent waiting for a core.
     */
    private static double[][] times(List<String> queries, Function<String, Integer> search,
                                    Map<String, Double> slowest) {
        for (String q : queries) {
            search.apply(q);
        }
        double[] wall = new double[queries.size() * REPEATS];
        double[] cpu = new double[wall.length];
        int k = 0;
        for (int r = 0; r < REPEATS; r++) {
            for (String q : queries) {
                long c = cpu();
                long t = System.nanoTime();
                search.apply(q);
                wall[k] = (System.nanoTime() - t) / 1e6;
                cpu[k] = (cpu() - c) / 1e6;
                slowest.merge(q, wall[k++], Math::max);
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[][] {wall, cpu};
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long cpuMs(long c0) {
        return (cpu() - c0) / 1_000_000;
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
