package org.xiangli.county.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.xiangli.county.HubHome;
import org.xiangli.county.ingest.HubCommands;
import org.xiangli.county.store.HubDatabase;
import org.xiangli.county.store.ReportRepository;
import org.xiangli.kiosk.fleet.CommandReply;
import org.xiangli.kiosk.fleet.FleetCredential;
import org.xiangli.kiosk.fleet.FleetJson;
import org.xiangli.kiosk.fleet.FleetTopics;
import org.xiangli.kiosk.keys.PublisherKeyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code county.jar command STATION VERB [ARGS]}: one signed command, and its reply printed. */
@Command(name = "command", mixinStandardHelpOptions = true,
        description = {"Send a signed command to one station and print its reply. Verbs: sync-now, "
            + "notice TEXT UNTIL, screenshot, selftest, restart, config-set KEY VALUE.",
            "向一个站点发送签名指令并显示回复。"})
public final class CommandCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "STATION")
    String station;

    @Parameters(index = "1", paramLabel = "VERB")
    String verb;

    @Parameters(index = "2..*", paramLabel = "ARGS")
    List<String> args = List.of();

    @Option(names = "--broker", paramLabel = "URL", description = "default: hub.properties")
    String broker;

    @Option(names = "--county-key", paramLabel = "FILE", description = "default: DATA/county.key")
    Path countyKey;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "how long to wait for the reply (default ${DEFAULT-VALUE}); an offline kiosk gets the "
                    + "command when it comes back, until it expires")
    int waitSeconds;

    @Option(names = "--out", paramLabel = "PNG", description = "where a screenshot is saved (default STATION.png)")
    Path out;

    @Override
    public Integer call() throws Exception {
        HubHome home = data.home();
        HubHome.Settings settings = home.settings();
        if (!FleetTopics.isId(station)) {
            System.err.println("站点代码无效 / not a station code: " + station);
            return 2;
        }
        Optional<PublisherKeyFiles.Signer> key = home.countyKey(Optional.ofNullable(countyKey));
        if (key.isEmpty()) {
            System.err.println("没有县级签名密钥 / no county key: --county-key FILE or " + home.dir() + "/county.key");
            return 2;
        }
        FleetCredential hub = home.hubCredential();
        FleetTopics topics = new FleetTopics(settings.county(), station);
        BlockingQueue<CommandReply> replies = new ArrayBlockingQueue<>(16);
        MqttClient client = new MqttClient(Optional.ofNullable(broker).orElse(settings.brokerUrl()),
                "xl-hub-cli-" + UUID.randomUUID().toString().substring(0, 8), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(hub.user());
        options.setPassword(hub.password());
        options.setCleanSession(true);
        client.connect(options);
        try (HubDatabase db = HubDatabase.open(home.database())) {
            client.subscribe(topics.reply(), 1, (topic, message) -> {
                try {
                    replies.offer(FleetJson.read(message.getPayload(), CommandReply.class));
                } catch (java.io.IOException e) {
                    System.err.println("无法读取的回复 / unreadable reply: " + e.getMessage());
                }
            });
            String id;
            try {
                id = new HubCommands(settings.county(), key.get(), (t, p) -> client.publish(t, p, 1, false),
                        Optional.of(new ReportRepository(db)), Clock.systemUTC()).send(station, verb, args,
                        "cli:" + System.getProperty("user.name"));
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            System.out.println("已发送 / sent " + verb + " to " + station + " (id " + id + ")");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
            while (System.nanoTime() < deadline) {
                CommandReply r = replies.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (r == null || !id.equals(r.id())) {
                    continue;
                }
                if (!r.ok()) {
                    System.out.println("拒绝 / refused: " + r.reason() + ": " + r.message());
                    return 1;
                }
                System.out.println("完成 / done: " + r.message());
                if (r.result() != null && r.result().get("png") instanceof String png) {
                    Path file = Optional.ofNullable(out).orElse(Path.of(station + ".png"));
                    Files.write(file, Base64.getDecoder().decode(png));
                    System.out.println("截屏已保存 / screenshot saved: " + file);
                } else if (r.result() != null) {
                    System.out.println(FleetJson.mapper().writerWithDefaultPrettyPrinter()
                            .writeValueAsString(r.result()));
                }
                return 0;
            }
            System.out.println("未在 " + waitSeconds + " 秒内回复 / no reply within " + waitSeconds + " s: the kiosk "
                    + "may be offline; it gets the command when it comes back, until it expires ("
                    + HubCommands.LIFETIME.toMinutes() + " min)");
            return 3;
        } finally {
            client.disconnect();
            client.close();
        }
    }
}
