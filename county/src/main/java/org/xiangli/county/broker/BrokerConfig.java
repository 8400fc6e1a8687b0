package org.xiangli.county.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.xiangli.county.store.StationRepository;

/**
 * A working Mosquitto configuration for one county: {@code mosquitto.conf} (a listener, no anonymous access,
 * persistence so queued commands and retained states survive a restart), {@code passwd} (the hub's and every
 * registered station's hash) and {@code acl} ({@link FleetAcl}). With a certificate and key the listener is TLS on
 * 8883 (what kiosks on village links must use); without, plain MQTT on 1883 — for a trusted network only.
 */
public final class BrokerConfig {

    /** Where Debian's mosquitto looks for extra configuration: copy the three files here. */
    public static final String DEBIAN_CONF_DIR = "/etc/mosquitto/conf.d";

    /**
     * TLS for the kiosks' listener. The hub, on the broker's machine, still connects over plain loopback on
     * {@code hubLoopbackPort} (1883 by default).
     */
    public record Tls(Path certFile, Path keyFile, Optional<Path> caFile, int hubLoopbackPort) {
    }

    private BrokerConfig() {
    }

    /**
     * Writes the three files into {@code out}; {@code confDir} is where they will live on the broker (paths in
     * mosquitto.conf point there). Returns the files written.
     */
    public static List<Path> write(Path out, Path confDir, String county, String hubUser, String hubHash,
                                   List<StationRepository.Station> stations, int port, Optional<Tls> tls,
                                   Optional<Path> persistenceDir) throws IOException {
        Files.createDirectories(out);
        Path conf = out.resolve("xiangli.conf");
        Path passwd = out.resolve("xiangli.passwd");
        Path acl = out.resolve("xiangli.acl");
        StringBuilder c = new StringBuilder();
        c.append("# Xiangli county ").append(county).append(": written by county.jar broker-config. ")
                .append(stations.size()).append(" registered stations.\n");
        c.append("# Debian: copy these three files to ").append(DEBIAN_CONF_DIR).append(" and restart mosquitto.\n");
        c.append("per_listener_settings false\n");
        c.append("allow_anonymous false\n");
        c.append("password_file ").append(confDir.resolve(passwd.getFileName())).append('\n');
        c.append("acl_file ").append(confDir.resolve(acl.getFileName())).append('\n');
        c.append("# Commands wait for a kiosk that is away; retained states survive a restart of the broker.\n");
        c.append("persistence true\n");
        persistenceDir.ifPresent(d -> c.append("persistence_location ").append(d).append("/\n"));
        c.append("max_queued_messages 1000\n");
        c.append("# A screenshot is the largest message (fleet.screenshot_max_kb, Base64).\n");
        c.append("max_packet_size ").append(EmbeddedBroker.MAX_MESSAGE_BYTES + 1024).append('\n');
        if (tls.isPresent()) {
            c.append("\nlistener ").append(port).append('\n');
            c.append("certfile ").append(tls.get().certFile()).append('\n');
            c.append("keyfile ").append(tls.get().keyFile()).append('\n');
            tls.get().caFile().ifPresent(ca -> c.append("cafile ").append(ca).append('\n'));
            c.append("tls_version tlsv1.2\n");
            c.append("\n# The hub on this machine connects over loopback (same passwords and ACL).\n");
            c.append("listener ").append(tls.get().hubLoopbackPort()).append(" 127.0.0.1\n");
        } else {
            c.append("\n# Plain MQTT: only on a network you trust. Kiosks on village links need TLS "
                    + "(--cert, --key): fleet.broker_url = \"ssl://HOST:8883\".\n");
            c.append("listener ").append(port).append('\n');
        }
        Files.writeString(conf, c.toString(), StandardCharsets.UTF_8);

        StringBuilder p = new StringBuilder();
        p.append(hubUser).append(':').append(hubHash).append('\n');
        for (StationRepository.Station s : stations) {
            if (!s.passwordHash().isEmpty()) {
                p.append(s.code()).append(':').append(s.passwordHash()).append('\n');
            }
        }
        Files.deleteIfExists(passwd);
        Files.createFile(passwd, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwd, p.toString(), StandardCharsets.UTF_8);
        Files.writeString(acl, new FleetAcl(county, hubUser).mosquittoAcl(), StandardCharsets.UTF_8);
        return List.of(conf, passwd, acl);
    }
}
