package org.xiangli.provisioning.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.xiangli.kiosk.config.ConfigException;
import org.xiangli.kiosk.config.ConfigLoader;
import org.xiangli.kiosk.config.KioskConfig;
import org.xiangli.kiosk.content.ContentRepository;
import org.xiangli.kiosk.content.bundle.BundleImporter;
import org.xiangli.kiosk.content.bundle.BundleLimits;
import org.xiangli.kiosk.keys.TrustedKeys;
import org.xiangli.kiosk.content.sync.BundleDownloader;
import org.xiangli.kiosk.content.sync.DownloadLimits;
import org.xiangli.kiosk.content.sync.FeedSync;
import org.xiangli.kiosk.store.Database;
import org.xiangli.provisioning.store.KioskStore;
import org.xiangli.kiosk.store.KioskEventRepository;
import org.xiangli.kiosk.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kioskctl sync}: one pull of the content feed, the same way the running kiosk polls it (the same ledger
 * and ETag), for xiangli-sync.timer and for a technician whose village has network for a moment.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Pull the content feed once and apply a new signed bundle (what xiangli-sync.timer runs).",
            "立即从内容源拉取一次并应用新的签名内容包。"})
public final class SyncCommand implements Callable<Integer> {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Option(names = "--config", paramLabel = "FILE", description = "kiosk config (default $XIANGLI_CONFIG or "
            + "/etc/xiangli/kiosk.toml)")
    Path config;

    @Override
    public Integer call() {
        Path file = ConfigLoader.locate(Optional.ofNullable(config));
        KioskConfig loaded;
        try {
            loaded = new ConfigLoader().load(file);
        } catch (ConfigException | IOException e) {
            System.err.println("配置无法读取 / cannot read the config " + file + ": " + e.getMessage());
            return 2;
        }
        if (loaded.content().feedUrl().isEmpty()) {
            System.out.println("未配置内容源，仅U盘更新 / no content.feed_url: updates come by USB stick only");
            return 0;
        }
        Clock clock = Clock.systemUTC();
        Path work = loaded.dataDir().resolve("content-sync");
        try (Database db = KioskStore.open(loaded.dataDir().resolve("kiosk.db"))) {
            Files.createDirectories(work);
            KioskEventRepository events = new KioskEventRepository(db);
            BundleImporter importer = new BundleImporter(new ContentRepository(db), events,
                    TrustedKeys.parse(loaded.content().trustedKeys()), loaded.station().code(), BundleLimits.DEFAULT,
                    clock);
            FeedSync sync = new FeedSync(URI.create(loaded.content().feedUrl()), new BundleDownloader(
                    HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(TIMEOUT).build(),
                    work, new DownloadLimits(TIMEOUT, loaded.content().downloadStall(),
                            loaded.content().downloadMax(), loaded.content().maxBundleBytes())), importer, events,
                    work, clock);
            return switch (sync.poll()) {
                case FeedSync.NotModified n -> {
                    System.out.println("内容已是最新 / content is up to date");
                    yield 0;
                }
                case FeedSync.Applied a -> {
                    System.out.println("已更新内容 / applied bundle " + a.result().bundleId() + " ("
                            + a.result().items() + " items)");
                    yield 0;
                }
                case FeedSync.Failed f -> {
                    System.err.println("更新失败，继续使用现有内容 / update failed, the kiosk keeps its content: "
                            + f.reason() + ": " + f.message());
                    yield 1;
                }
            };
        } catch (StoreException | IOException e) {
            System.err.println("无法打开数据 / cannot open the kiosk data: " + e.getMessage());
            return 2;
        }
    }
}
