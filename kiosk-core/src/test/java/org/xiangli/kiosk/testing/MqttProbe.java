package org.xiangli.kiosk.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A test's own MQTT client: subscribes to a filter and keeps every message it receives, in order, so a test can
 * await one ({@link #await}) and scan them all; and publishes what a test sends (a command, a forged one).
 */
public final class MqttProbe implements AutoCloseable {

    /** One received message. */
    public record Message(String topic, byte[] payload, boolean retained) {
        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private final MqttClient client;
    private final MqttConnectOptions options;
    private final String filter;
    private final List<Message> messages = new ArrayList<>();

    private MqttProbe(String url, String clientId, boolean clean, String user, String password, String filter)
            throws MqttException {
        this.client = new MqttClient(url, clientId, new MemoryPersistence());
        // A broker that never acknowledges (Moquette, for a refused publish) fails the test instead of hanging it.
        client.setTimeToWait(15_000);
        this.filter = filter;
        this.options = new MqttConnectOptions();
        options.setCleanSession(clean);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        if (user != null) {
            options.setUserName(user);
            options.setPassword(password.toCharArray());
        }
        client.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                synchronized (messages) {
                    messages.add(new Message(topic, message.getPayload(), message.isRetained()));
                    messages.notifyAll();
                }
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        connect();
    }

    /** A probe on a clean session: sees what is retained and what comes from now on. */
    public static MqttProbe subscribe(String url, String filter) throws MqttException {
        return new MqttProbe(url, "probe-" + System.nanoTime(), true, null, null, filter);
    }

    /** A probe whose session the broker keeps (QoS 1 messages wait for it while it is away). */
    public static MqttProbe persistent(String url, String clientId, String filter) throws MqttException {
        return new MqttProbe(url, clientId, false, null, null, filter);
    }

    /** A probe logging in with a user name and password; {@code filter} may be null (publish only). */
    public static MqttProbe as(String url, String user, String password, String filter) throws MqttException {
        return new MqttProbe(url, "probe-" + user + "-" + System.nanoTime(), true, user, password, filter);
    }

    public void connect() throws MqttException {
        client.connect(options);
        if (filter != null) {
            client.subscribe(filter, 1);
        }
    }

    public void disconnect() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
    }

    public boolean connected() {
        return client.isConnected();
    }

    public void publish(String topic, byte[] payload, boolean retained) throws MqttException {
        client.publish(topic, payload, 1, retained);
    }

    /** At most once: for a message the broker may drop without an answer (one the ACL refuses). */
    public void publishOnce(String topic, byte[] payload) throws MqttException {
        client.publish(topic, payload, 0, false);
    }

    public List<Message> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    /** The first message (received so far or coming) that matches, or an AssertionError after {@code limit}. */
    public Message await(String what, Duration limit, Predicate<Message> matches) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (messages) {
            while (true) {
                for (Message m : messages) {
                    if (matches.test(m)) {
                        return m;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    List<String> seen = new ArrayList<>();
                    messages.forEach(m -> seen.add(m.topic() + " " + m.text()));
                    throw new AssertionError("no message within " + limit + ": " + what + "; received " + seen);
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(messages, left);
            }
        }
    }

    @Override
    public void close() {
        try {
            disconnect();
            client.close();
        } catch (MqttException e) {
            // A probe that cannot close cleanly fails no test.
        }
    }
}
