package org.xiangli.county.broker;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Moquette inside the hub's process, for the demo and for trying the hub out with no broker installed. With
 * {@link Accounts} it checks passwords (the same Mosquitto hashes as the password file) and the same
 * {@link FleetAcl} as Mosquitto; without, anyone may connect and publish anything (loopback demos only).
 * Production counties run Mosquitto ({@code broker-config}).
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EmbeddedBroker.class.getName());
    /** Screenshots travel as replies: a 512 KB PNG is about 700 KB of Base64. */
    static final int MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

    /** Who may connect: the password hash of a user name, if it has one; and the ACL. */
    public record Accounts(Function<String, Optional<String>> hashOf, FleetAcl acl) {
    }

    private final Server server = new Server();
    private final int port;

    private EmbeddedBroker(int port) {
        this.port = port;
    }

    public static EmbeddedBroker start(String host, int port, Optional<Accounts> accounts) throws IOException {
        Properties p = new Properties();
        p.setProperty("host", host);
        p.setProperty("port", String.valueOf(port));
        p.setProperty("allow_anonymous", String.valueOf(accounts.isEmpty()));
        p.setProperty("persistence_enabled", "false");
        // Moquette would otherwise report usage to its authors over the internet; a county's hub talks to no one.
        p.setProperty("telemetry_enabled", "false");
        p.setProperty("netty.mqtt.message_size", String.valueOf(MAX_MESSAGE_BYTES));
        p.setProperty("websocket_port", "disabled");
        EmbeddedBroker broker = new EmbeddedBroker(port);
        if (accounts.isPresent()) {
            Accounts a = accounts.get();
            IAuthenticator authenticator = (clientId, user, password) -> user != null && password != null
                    && a.hashOf().apply(user).map(h -> MosquittoPasswords.matches(
                            new String(password, StandardCharsets.UTF_8).toCharArray(), h)).orElse(false);
            IAuthorizatorPolicy policy = new IAuthorizatorPolicy() {
                @Override
                public boolean canWrite(Topic topic, String user, String client) {
                    return a.acl().canWrite(user, topic.toString());
                }

                @Override
                public boolean canRead(Topic topic, String user, String client) {
                    return a.acl().canRead(user, topic.toString());
                }
            };
            broker.server.startServer(new MemoryConfig(p), List.of(), null, authenticator, policy);
        } else {
            broker.server.startServer(new MemoryConfig(p));
        }
        LOG.log(Level.INFO, "embedded MQTT broker (Moquette) on {0}:{1}{2}", host, String.valueOf(port),
                accounts.isPresent() ? "" : ", anyone may connect");
        return broker;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.stopServer();
    }
}
