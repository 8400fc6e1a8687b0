package org.xiangli.kiosk.content.bundle;

import org.xiangli.kiosk.keys.PublisherKeyFiles;
import org.xiangli.kiosk.keys.TrustedKeys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiangli.kiosk.content.ContentItem;
import org.xiangli.kiosk.content.ContentLibrary;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.bundle.BundleException.Reason;
import org.xiangli.kiosk.demo.DemoData;
import org.xiangli.kiosk.store.Database;
import org.xiangli.kiosk.store.KioskEventRepository;

class BundleImportTest {

    private static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2026-11-23T02:00:00Z"),
            ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private Database db;
    private ContentRepository repository;
    private KioskEventRepository events;
    private PublisherKeyFiles.Signer signer;
    private Path content;
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(dir.resolve("kiosk.db"));
        repository = new ContentRepository(db);
        events = new KioskEventRepository(db);
        signer = BundleFixture.signer(dir.resolve("keys"));
        content = BundleFixture.contentDir(dir.resolve("content"));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private BundleImporter importer(BundleLimits limits) {
        return new BundleImporter(repository, events, new TrustedKeys(List.of(signer.publicKey())), "DEMO-001",
                limits, CLOCK);
    }

    private BundleImporter importer() {
        return importer(BundleLimits.DEFAULT);
    }

    @Test
    void builtBundleVerifiesAndImportsItsItemsAndImages() throws Exception {
        Path bundle = BundleFixture.build(content, signer, 1, dir.resolve("b1.xlb"));

        VerifiedBundle verified = importer().verify(bundle);
        BundleImporter.Result result = importer().importFile(bundle);

        assertEquals(3, verified.manifest().items().size());
        assertEquals(3, result.items());
        assertEquals(1, result.assets());
        assertArrayEquals(Files.readAllBytes(content.resolve("images/chart.png")),
                repository.asset(signer.publicKey().id(), "images/chart.png").orElseThrow());
        ContentLibrary library = new ContentLibrary(repository, CLOCK);
        assertEquals(List.of("明天上午停水通知"), library.urgent().stream().map(ContentItem::title).toList());
        assertEquals(1, repository.appliedSequence(signer.publicKey().id()));
        assertTrue(events.latest(5).stream().anyMatch(e -> e.kind().equals(BundleImporter.EVENT_APPLIED)));
    }

    @Test
    void fullBundleReplacesTheDemoContentAndDeltaAddsUpdatesAndWithdraws() throws Exception {
        repository.saveCategories(org.xiangli.kiosk.content.Category.DEFAULTS);
        repository.upsert(DemoData.contentItems());
        importer().importFile(BundleFixture.build(content, signer, 1, dir.resolve("b1.xlb")));
        assertEquals(3, repository.count());

        Path deltaDir = Files.createDirectories(dir.resolve("delta"));
        Files.writeString(deltaDir.resolve("pension.md"), Files.readString(content.resolve("pension.md"))
                .replace("缴费档次说明", "缴费档次说明（修订）"));
        Files.writeString(deltaDir.resolve("seed-fair.md"), """
                ---
                title: 冬季良种展销会
                category: 务农技术
                published: 2026-11-20
                ---
                县农技站在镇集市举办良种展销会。
                """);
        new BundleBuilder(BundleLimits.DEFAULT).build(deltaDir, signer, new BundleBuilder.Options(2, true,
                List.of("water-stop"), List.of("*"), BundleFixture.CREATED), dir.resolve("d2.xlb"));
        BundleImporter.Result result = importer().importFile(dir.resolve("d2.xlb"));

        assertEquals(2, result.items());
        Set<String> titles = new HashSet<>();
        for (String id : List.of("pension", "seed-fair", "finance-q3")) {
            titles.add(repository.find(id).orElseThrow().title());
        }
        assertEquals(Set.of("城乡居民养老保险缴费档次说明（修订）", "冬季良种展销会", "柳湾村第三季度财务公开"), titles);
        assertTrue(repository.find("water-stop").isEmpty());
        assertEquals(3, repository.count());
    }

    @Test
    void everyBadBundleIsRejectedWithItsOwnReasonAndTheOldContentStays() throws Exception {
        importer().importFile(BundleFixture.build(content, signer, 5, dir.resolve("good.xlb")));
        List<String> before = titles();
        byte[] good = Files.readAllBytes(dir.resolve("good.xlb"));

        Path tamperedManifest = copyWith(good, "tampered-manifest.xlb", f -> flip(f, BundleFormat.MAGIC.length + 40));
        assertRejected(Reason.BAD_SIGNATURE, tamperedManifest, importer());

        Path tamperedAsset = copyWith(good, "tampered-asset.xlb", f -> flip(f, Files.size(f) - 10));
        assertRejected(Reason.ASSET_DAMAGED, tamperedAsset, importer());

        Path truncated = copyWith(good, "truncated.xlb", f -> {
            try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                raf.setLength(raf.length() * 2 / 3);
            }
        });
        assertRejected(Reason.TRUNCATED, truncated, importer());

        PublisherKeyFiles.Signer stranger = BundleFixture.signer(dir.resolve("stranger"));
        assertRejected(Reason.UNTRUSTED_KEY, BundleFixture.build(content, stranger, 9, dir.resolve("wrong-key.xlb")),
                importer());

        Path unsigned = dir.resolve("unsigned.xlb");
        BundleWriter.write(unsigned, manifest(9, List.of()), List.of(), null);
        assertRejected(Reason.UNSIGNED, unsigned, importer());

        assertRejected(Reason.STALE_SEQUENCE, BundleFixture.build(content, signer, 4, dir.resolve("older.xlb")),
                importer());
        assertRejected(Reason.STALE_SEQUENCE, good.length > 0 ? dir.resolve("good.xlb") : null, importer());

        assertRejected(Reason.ASSET_TOO_LARGE, BundleFixture.build(content, signer, 9, dir.resolve("big.xlb")),
                importer(new BundleLimits(1024, 1 << 20, 100)));

        byte[] passwd = "root:x:0:0".getBytes();
        Path traversal = dir.resolve("traversal.xlb");
        BundleWriter.write(traversal, manifest(9, List.of(new Manifest.AssetEntry("../../etc/passwd", passwd.length,
                BundleReader.sha256(passwd)))), List.of(passwd), signer.privateKey());
        assertRejected(Reason.BAD_ASSET_NAME, traversal, importer());

        Path otherStation = dir.resolve("other-station.xlb");
        new BundleBuilder(BundleLimits.DEFAULT).build(content, signer, new BundleBuilder.Options(9, false, List.of(),
                List.of("XIAOHE-002"), BundleFixture.CREATED), otherStation);
        assertRejected(Reason.NOT_FOR_THIS_STATION, otherStation, importer());

        Path notABundle = Files.writeString(dir.resolve("notes.xlb"), "这不是内容包");
        assertRejected(Reason.NOT_A_BUNDLE, notABundle, importer());

        assertEquals(before, titles());
        assertEquals(5, repository.appliedSequence(signer.publicKey().id()));
        assertEquals(messages.size(), new HashSet<>(messages).size(), "each rejection explains itself: " + messages);
        assertTrue(events.latest(20).stream().filter(e -> e.kind().equals(BundleImporter.EVENT_REJECTED)).count() >= 11);
    }

    @Test
    void anotherPublishersItemOfTheSameIdAndImageOfTheSameNameLeaveTheFirstPublishersIntact() throws Exception {
        PublisherKeyFiles.Signer township = BundleFixture.signer(dir.resolve("township"));
        BundleImporter both = new BundleImporter(repository, events, new TrustedKeys(List.of(signer.publicKey(),
                township.publicKey())), "DEMO-001", BundleLimits.DEFAULT, CLOCK);
        both.importFile(BundleFixture.build(content, signer, 1, dir.resolve("county.xlb")));
        byte[] countyChart = Files.readAllBytes(content.resolve("images/chart.png"));
        // The township's bundle reuses the county's item id and image name, with other words and another picture.
        Path other = Files.createDirectories(dir.resolve("township-content/images"));
        byte[] townshipChart = BundleFixture.png(200, 100);
        Files.write(other.resolve("chart.png"), townshipChart);
        Files.writeString(other.getParent().resolve("finance-q3.md"), """
                ---
                title: 乡镇转发的财务公开
                category: 村务公开
                published: 2026-11-01
                ---
                ![图](images/chart.png)
                """);

        both.importFile(BundleFixture.build(other.getParent(), township, 1, dir.resolve("township.xlb")));

        ContentLibrary library = new ContentLibrary(repository, CLOCK);
        List<ContentItem> finance = library.search("财务公开", 10);
        assertEquals(Set.of("柳湾村第三季度财务公开", "乡镇转发的财务公开"),
                finance.stream().map(ContentItem::title).collect(java.util.stream.Collectors.toSet()));
        for (ContentItem item : finance) {
            byte[] expected = item.publisher().orElseThrow().equals(signer.publicKey().id()) ? countyChart
                    : townshipChart;
            assertArrayEquals(expected, library.asset(item, "images/chart.png").orElseThrow(), item.title());
        }
        assertEquals(3, repository.itemCount(signer.publicKey().id()));
        assertEquals(1, repository.itemCount(township.publicKey().id()));

        // The township withdraws its item: the county's of the same id stays.
        Path empty = Files.createDirectories(dir.resolve("township-delta"));
        new BundleBuilder(BundleLimits.DEFAULT).build(empty, township, new BundleBuilder.Options(2, true,
                List.of("finance-q3"), List.of("*"), BundleFixture.CREATED), dir.resolve("township-2.xlb"));
        both.importFile(dir.resolve("township-2.xlb"));

        assertEquals(List.of("柳湾村第三季度财务公开"), library.search("财务公开", 10).stream().map(ContentItem::title)
                .toList());
        assertArrayEquals(countyChart, repository.asset(signer.publicKey().id(), "images/chart.png").orElseThrow());
    }

    @Test
    void builderNamesTheFileAndLineOfAMissingImage() throws Exception {
        Files.writeString(content.resolve("broken.md"), """
                ---
                title: 缺图的文章
                category: 科普文化
                published: 2026-11-01
                ---
                正文第一行。

                ![地图](images/map.png)
                """);
        var e = assertThrows(org.xiangli.kiosk.content.ContentFileException.class,
                () -> BundleFixture.build(content, signer, 1, dir.resolve("x.xlb")));
        assertEquals("broken.md", e.file());
        assertEquals(8, e.line());
        assertTrue(e.getMessage().contains("images/map.png"), e.getMessage());
    }

    private Manifest manifest(long sequence, List<Manifest.AssetEntry> assets) {
        return new Manifest(Manifest.FORMAT, UUID.randomUUID().toString(), signer.publicKey().id(), null, sequence,
                BundleFixture.CREATED.toString(), "full", List.of("*"), List.of(), List.of(new Manifest.ItemEntry(
                        "x", "notices", "标题", "", "正文", "2026-11-01", null, "normal", false, null, null)),
                List.of(), assets);
    }

    private void assertRejected(Reason reason, Path file, BundleImporter importer) {
        BundleException e = assertThrows(BundleException.class, () -> importer.importFile(file), file.toString());
        assertEquals(reason, e.reason(), e.getMessage());
        messages.add(e.getMessage().replace(file.getFileName().toString(), "FILE"));
    }

    private List<String> titles() {
        return new ContentLibrary(repository, CLOCK).categories().stream()
                .flatMap(c -> repository.visibleIn(c.code(), LocalDate.of(2026, 11, 23)).stream())
                .map(ContentItem::title).sorted().toList();
    }

    private interface FileEdit {
        void apply(Path file) throws Exception;
    }

    private Path copyWith(byte[] bytes, String name, FileEdit edit) throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);
        edit.apply(file);
        return file;
    }

    private static void flip(Path file, long offset) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            int b = raf.read();
            raf.seek(offset);
            raf.write(b ^ 0x01);
        }
    }
}
