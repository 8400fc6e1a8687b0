package org.xiangli.county.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.xiangli.county.store.ReportRepository;
import org.xiangli.kiosk.fleet.Command;
import org.xiangli.kiosk.fleet.CommandSigning;
import org.xiangli.kiosk.fleet.FleetJson;
import org.xiangli.kiosk.fleet.FleetTopics;
import org.xiangli.kiosk.keys.PublisherKeyFiles;

/**
 * Signs commands with the county key and sends them: each gets a new id, the target station, the time of issue and
 * an expiry ({@link #LIFETIME}: a kiosk offline longer than that never runs it late), and is recorded so its reply
 * can be shown beside it.
 */
public final class HubCommands {

    public static final Duration LIFETIME = Duration.ofMinutes(30);

    public interface Publisher {
        void publish(String topic, byte[] payload) throws MqttException;
    }

    private final String county;
    private final PublisherKeyFiles.Signer key;
    private final Publisher publisher;
    private final Optional<ReportRepository> record;
    private final Clock clock;

    public HubCommands(String county, PublisherKeyFiles.Signer key, Publisher publisher,
                       Optional<ReportRepository> record, Clock clock) {
        this.county = county;
        this.key = key;
        this.publisher = publisher;
        this.record = record;
        this.clock = clock;
    }

    /** Checks, signs, records and publishes a command; its id. */
    public String send(String station, String verb, List<String> args, String by) throws MqttException {
        Command.Verb v = Command.Verb.of(verb).orElseThrow(() -> new IllegalArgumentException("unknown verb " + verb
                + "; verbs: sync-now, notice TEXT UNTIL, screenshot, selftest, restart, config-set KEY VALUE"));
        if (!v.takes(args.size())) {
            throw new IllegalArgumentException(verb + ": wrong number of arguments (" + args.size() + ")");
        }
        FleetTopics topics = new FleetTopics(county, station);
        Instant now = clock.instant();
        Command command = new Command(UUID.randomUUID().toString(), county, station, verb, args, now.toString(),
                now.plus(LIFETIME).toString());
        byte[] signed = FleetJson.write(CommandSigning.sign(command, key.privateKey(), key.publicKey()));
        record.ifPresent(r -> r.commandSent(command.id(), station, verb, String.join(" ", args), now, by));
        publisher.publish(topics.cmd(), signed);
        return command.id();
    }
}
