package org.xiangli.county.ingest;

import java.lang.System.Logger.Level;
import java.util.function.BiConsumer;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.xiangli.kiosk.fleet.FleetTopics;

/**
 * The hub's MQTT connection: a persistent session (reports sent while the hub was down wait at the broker), every
 * topic of the county at QoS 1, reconnecting by itself (Paho's automatic reconnect; subscriptions are made again
 * after each connect, in case the broker lost them). Messages go to the consumer it is given, on Paho's thread.
 */
public final class HubLink implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HubLink.class.getName());

    private final MqttAsyncClient client;
    private final MqttConnectOptions options;
    private final String filter;

    public HubLink(String brokerUrl, String clientId, String user, char[] password, String county,
                   BiConsumer<String, byte[]> messages) throws MqttException {
        this.client = new MqttAsyncClient(brokerUrl, clientId, new MemoryPersistence());
        this.filter = FleetTopics.countyFilter(county);
        this.options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(false);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(30_000);
        options.setKeepAliveInterval(30);
        // The hub takes in a county's worth of messages: let many be in flight.
        options.setMaxInflight(1000);
        if (user != null) {
            options.setUserName(user);
            options.setPassword(password);
        }
        client.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
                LOG.log(Level.INFO, "hub: connected to {0}{1}", serverURI, reconnect ? " again" : "");
                try {
                    client.subscribe(filter, 1);
                } catch (MqttException e) {
                    LOG.log(Level.ERROR, "hub: cannot subscribe to {0}: {1}", filter, e.getMessage());
                }
            }

            @Override
            public void connectionLost(Throwable cause) {
                LOG.log(Level.WARNING, "hub: connection to the broker lost: {0}", cause.getMessage());
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                messages.accept(topic, message.getPayload());
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
    }

    /** Connects, waiting at most {@code millis}; later losses reconnect by themselves. */
    public HubLink connect(long millis) throws MqttException {
        client.connect(options).waitForCompletion(millis);
        return this;
    }

    public boolean connected() {
        return client.isConnected();
    }

    public void publish(String topic, byte[] payload) throws MqttException {
        client.publish(topic, payload, 1, false);
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect(2000).waitForCompletion(2000);
            }
            client.close(true);
        } catch (MqttException e) {
            LOG.log(Level.DEBUG, "hub: close: {0}", e.getMessage());
        }
    }
}
