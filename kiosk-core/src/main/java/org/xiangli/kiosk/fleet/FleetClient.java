package org.xiangli.kiosk.fleet;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.ScheduledExecutorPingSender;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A kiosk's link to its county: keeps an MQTT connection to the broker (reconnecting with backoff and jitter),
 * publishes the retained state (the broker's last will says offline), sends telemetry and events through the
 * {@link Outbox} (QoS 1; a report leaves the outbox only when the broker acknowledged it, so nothing is lost while
 * offline), and carries out signed commands, answering each on {@code reply}.
 *
 * <p>Threading: every public method returns at once — it only hands work to the client's own order (a
 * {@link SerialExecutor} over the executor it is given): the UI never waits on the network, nor on the outbox's
 * SQLite. Paho calls back on its own threads; those calls also only hand work on. Periodic work runs from
 * {@code timer}. After {@link #close()} the client does nothing more.
 */
public final class FleetClient implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FleetClient.class.getName());
    /** Reports sent at once; the broker acknowledges them in any order, the next batch follows. */
    static final int BATCH = 32;
    /** On change (a ticket, a rating), telemetry goes out at most this often. */
    static final Duration MIN_TELEMETRY_GAP = Duration.ofSeconds(60);
    private static final Duration GOODBYE_WAIT = Duration.ofSeconds(2);
    /** A batch whose acknowledgements never came (a broken session) is sent again after this. */
    private static final Duration STUCK_BATCH = Duration.ofMinutes(2);

    /**
     * How to reach the broker and how often to report.
     *
     * @param tls           the socket factory for ssl:// (the county's CA); empty = the JVM's default
     * @param watchEvery    how often devices and new events are looked at
     * @param pahoThreads   a shared scheduler for Paho's own work (many simulated kiosks in one JVM); empty = Paho's
     *                      threads of its own (a kiosk)
     */
    public record Settings(String brokerUrl, FleetTopics topics, String username, char[] password,
                           Duration telemetryEvery, Duration watchEvery, Duration keepAlive, Backoff backoff,
                           Optional<SocketFactory> tls, Optional<ScheduledExecutorService> pahoThreads) {

        public Settings {
            Objects.requireNonNull(brokerUrl, "brokerUrl");
            Objects.requireNonNull(topics, "topics");
        }

        public String clientId() {
            return "xl-" + topics.county() + "-" + topics.station();
        }
    }

    private final Settings settings;
    private final FleetFacts facts;
    private final CommandVerifier verifier;
    private final FleetCommands commands;
    private final FleetActions actions;
    private final Outbox outbox;
    private final Executor order;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private final Instant started;
    private final MqttAsyncClient client;
    private final List<ScheduledFuture<?>> periodic = new ArrayList<>();

    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean connected;
    // Owned by the client's order (one task at a time):
    private boolean reconnectPending;
    private boolean draining;
    private Instant drainStarted = Instant.EPOCH;
    private Instant lastTelemetry = Instant.EPOCH;
    private Object lastFigures;
    private Map<String, StateReport.DeviceReport> lastDevices;
    /** The bundles in use as the last state sent gave them; null before the first. */
    private volatile List<StateReport.BundleInUse> lastContent;

    public FleetClient(Settings settings, FleetFacts facts, CommandVerifier verifier, FleetCommands commands,
                       FleetActions actions, Outbox outbox, Executor executor, ScheduledExecutorService timer,
                       Clock clock) {
        this.settings = settings;
        this.facts = facts;
        this.verifier = verifier;
        this.commands = commands;
        this.actions = actions;
        this.outbox = outbox;
        this.order = new SerialExecutor(executor);
        this.timer = timer;
        this.clock = clock;
        this.started = clock.instant();
        try {
            // In-flight QoS 1 messages live in memory: the outbox, not Paho, keeps reports across restarts.
            this.client = settings.pahoThreads().isPresent()
                    ? new MqttAsyncClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence(),
                            new ScheduledExecutorPingSender(settings.pahoThreads().get()), settings.pahoThreads().get())
                    : new MqttAsyncClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("fleet: cannot use broker " + settings.brokerUrl() + ": "
                    + e.getMessage(), e);
        }
        client.setCallback(new Callbacks());
    }

    /** Connects in the background and starts the periodic reports; returns at once. */
    public FleetClient start() {
        order.execute(this::connect);
        long watch = settings.watchEvery().toMillis();
        periodic.add(timer.scheduleWithFixedDelay(() -> order.execute(this::watch), watch, watch,
                TimeUnit.MILLISECONDS));
        return this;
    }

    /** Connected to the broker and subscribed to this station's commands. */
    public boolean connected() {
        return connected;
    }

    public FleetTopics topics() {
        return settings.topics();
    }

    /** Queues an event ({@code FleetEvent.DEVICE_FAULT}...) for the hub; returns at once. */
    public void event(String kind, FleetEvent.Severity severity, String subject, String detail) {
        String at = clock.instant().toString();
        order.execute(() -> {
            if (!closed.get()) {
                queueEvent(new FleetFacts.NewEvent(at, kind, severity, subject, detail));
            }
        });
    }

    /** Sends telemetry now (and the state), whatever the schedule; returns at once. */
    public void reportNow() {
        order.execute(() -> {
            if (!closed.get()) {
                publishState();
                queueTelemetry();
                drain();
            }
        });
    }

    // ---- connection ----

    private MqttConnectOptions options() {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        // A persistent session: commands sent while the kiosk was away wait at the broker (until they expire).
        o.setCleanSession(false);
        o.setUserName(settings.username());
        o.setPassword(settings.password());
        o.setWill(settings.topics().state(), FleetJson.write(StateReport.offline(settings.topics().station())), 1,
                true);
        o.setKeepAliveInterval(Math.toIntExact(settings.keepAlive().toSeconds()));
        o.setConnectionTimeout(30);
        o.setAutomaticReconnect(false);
        o.setMaxInflight(BATCH * 2);
        settings.tls().ifPresent(o::setSocketFactory);
        return o;
    }

    private void connect() {
        reconnectPending = false;
        if (closed.get() || client.isConnected()) {
            return;
        }
        try {
            client.connect(options(), null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    order.execute(FleetClient.this::onConnected);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    LOG.log(Level.INFO, "fleet: cannot connect to {0}: {1}", settings.brokerUrl(), describe(e));
                    order.execute(FleetClient.this::scheduleReconnect);
                }
            });
        } catch (MqttException e) {
            if (e.getReasonCode() != MqttException.REASON_CODE_CONNECT_IN_PROGRESS
                    && e.getReasonCode() != MqttException.REASON_CODE_CLIENT_CONNECTED) {
                LOG.log(Level.INFO, "fleet: cannot connect to {0}: {1}", settings.brokerUrl(), describe(e));
                scheduleReconnect();
            }
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof MqttException m) {
            return switch (m.getReasonCode()) {
                case MqttException.REASON_CODE_FAILED_AUTHENTICATION, MqttException.REASON_CODE_NOT_AUTHORIZED ->
                        "refused: user name or password not accepted (fleet.credential_file)";
                default -> m.getMessage() + (m.getCause() == null ? "" : " (" + m.getCause().getMessage() + ")");
            };
        }
        return String.valueOf(e.getMessage());
    }

    private void scheduleReconnect() {
        if (closed.get() || reconnectPending || client.isConnected()) {
            return;
        }
        reconnectPending = true;
        Duration delay = settings.backoff().next();
        timer.schedule(() -> order.execute(this::connect), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Subscribes to the station's commands first: the client counts as connected once commands can arrive. */
    private void onConnected() {
        if (closed.get()) {
            return;
        }
        settings.backoff().reset();
        try {
            client.subscribe(settings.topics().cmd(), 1, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    order.execute(FleetClient.this::ready);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    LOG.log(Level.WARNING, "fleet: cannot subscribe to commands: {0}", describe(e));
                    order.execute(FleetClient.this::ready);
                }
            });
        } catch (MqttException e) {
            LOG.log(Level.WARNING, "fleet: cannot subscribe to commands: {0}", describe(e));
            ready();
        }
    }

    private void ready() {
        if (closed.get() || !client.isConnected()) {
            return;
        }
        connected = true;
        LOG.log(Level.INFO, "fleet: connected to {0} as {1}", settings.brokerUrl(), settings.topics().station());
        if (draining && Duration.between(drainStarted, clock.instant()).compareTo(STUCK_BATCH) > 0) {
            draining = false;
        }
        publishState();
        if (lastTelemetry.equals(Instant.EPOCH)) {
            queueTelemetry();
        }
        drain();
    }

    private final class Callbacks implements MqttCallbackExtended {
        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
            // onConnected runs from the connect listener.
        }

        @Override
        public void connectionLost(Throwable cause) {
            connected = false;
            LOG.log(Level.INFO, "fleet: connection to {0} lost: {1}", settings.brokerUrl(), describe(cause));
            order.execute(FleetClient.this::scheduleReconnect);
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            if (topic.equals(settings.topics().cmd())) {
                byte[] payload = message.getPayload();
                order.execute(() -> command(payload));
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // Each publish has its own listener.
        }
    }

    // ---- reports ----

    private void publishState() {
        if (!connected) {
            return;
        }
        StateReport state = new StateReport(FleetJson.VERSION, true, settings.topics().station(),
                clock.instant().toString(), facts.version(), Duration.between(started, clock.instant()).toSeconds(),
                facts.content(), facts.devices(), facts.lastSync().orElse(null), outbox.dropped());
        try {
            client.publish(settings.topics().state(), FleetJson.write(state), 1, true);
            lastContent = state.content();
        } catch (MqttException e) {
            LOG.log(Level.DEBUG, "fleet: state not sent: {0}", describe(e));
        }
    }

    private void queueTelemetry() {
        Instant now = clock.instant();
        Telemetry t = new Telemetry(FleetJson.VERSION, UUID.randomUUID().toString(), settings.topics().station(),
                now.toString(), facts.day(), facts.queue(), facts.ratings(), facts.helpCalls().orElse(null),
                facts.system(), outbox.dropped(), facts.itemOpens().isEmpty() ? null : facts.itemOpens(),
                facts.stationServices().orElse(null));
        outbox.add(settings.topics().telemetry(), FleetJson.write(t), now);
        lastTelemetry = now;
        lastFigures = List.of(t.queue(), java.util.Arrays.toString(t.ratings()),
                t.opens() == null ? Map.of() : t.opens());
    }

    private void queueEvent(FleetFacts.NewEvent e) {
        FleetEvent event = new FleetEvent(FleetJson.VERSION, UUID.randomUUID().toString(),
                settings.topics().station(), e.at(), e.kind(), e.severity().name().toLowerCase(java.util.Locale.ROOT),
                e.subject(), e.detail());
        outbox.add(settings.topics().events(), FleetJson.write(event), clock.instant());
        drain();
    }

    /** Looks at devices, new events and the figures; reports what changed, and telemetry when it is due. */
    private void watch() {
        if (closed.get()) {
            return;
        }
        try {
            facts.newEvents().forEach(this::queueEvent);
            Map<String, StateReport.DeviceReport> devices = facts.devices();
            boolean devicesChanged = lastDevices != null && !lastDevices.equals(devices);
            if (devicesChanged) {
                deviceEvents(lastDevices, devices);
                publishState();
            }
            lastDevices = devices;
            // A newly applied bundle shows on the hub soon (its reach page), not at the next telemetry: the state
            // goes again when the bundles in use differ from those the last state sent said.
            if (lastContent != null && !lastContent.equals(facts.content())) {
                publishState();
            }
            Instant now = clock.instant();
            Duration since = Duration.between(lastTelemetry, now);
            Object figures = List.of(facts.queue(), java.util.Arrays.toString(facts.ratings()), facts.itemOpens());
            if (since.compareTo(settings.telemetryEvery()) >= 0 || devicesChanged
                    || (!figures.equals(lastFigures) && since.compareTo(MIN_TELEMETRY_GAP) >= 0)) {
                publishState();
                queueTelemetry();
            }
            drain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "fleet: cannot gather the report", e);
        }
    }

    private void deviceEvents(Map<String, StateReport.DeviceReport> before, Map<String, StateReport.DeviceReport> now) {
        for (Map.Entry<String, StateReport.DeviceReport> e : now.entrySet()) {
            StateReport.DeviceReport was = before.get(e.getKey());
            StateReport.DeviceReport is = e.getValue();
            if (is.equals(was)) {
                continue;
            }
            boolean fault = !is.state().equals("online") || is.media().equals("out");
            boolean wasFault = was != null && (!was.state().equals("online") || was.media().equals("out"));
            if (fault || wasFault) {
                queueEvent(new FleetFacts.NewEvent(clock.instant().toString(),
                        fault ? FleetEvent.DEVICE_FAULT : FleetEvent.DEVICE_RECOVERED,
                        fault ? FleetEvent.Severity.ERROR : FleetEvent.Severity.INFO, e.getKey(),
                        is.state() + (is.media().equals("unknown") ? "" : ", paper " + is.media()) + ": "
                                + is.detail()));
            }
        }
    }

    /** Sends the oldest reports; each leaves the outbox when the broker has acknowledged it. */
    private void drain() {
        if (!connected || draining || closed.get()) {
            return;
        }
        List<Outbox.Pending> batch = outbox.oldest(BATCH);
        if (batch.isEmpty()) {
            return;
        }
        draining = true;
        drainStarted = clock.instant();
        AtomicInteger left = new AtomicInteger(batch.size());
        List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean failed = new AtomicBoolean();
        Runnable oneDone = () -> {
            if (left.decrementAndGet() == 0) {
                order.execute(() -> {
                    outbox.remove(List.copyOf(acknowledged));
                    draining = false;
                    if (!failed.get()) {
                        drain();
                    }
                });
            }
        };
        for (Outbox.Pending p : batch) {
            try {
                client.publish(p.topic(), p.payload(), 1, false, null, new IMqttActionListener() {
                    @Override
                    public void onSuccess(IMqttToken token) {
                        acknowledged.add(p.id());
                        oneDone.run();
                    }

                    @Override
                    public void onFailure(IMqttToken token, Throwable e) {
                        failed.set(true);
                        oneDone.run();
                    }
                });
            } catch (MqttException e) {
                failed.set(true);
                oneDone.run();
            }
        }
    }

    // ---- commands ----

    private void command(byte[] payload) {
        CommandVerifier.Verdict verdict = verifier.verify(payload);
        switch (verdict) {
            case CommandVerifier.Refused r -> {
                LOG.log(Level.WARNING, "fleet: command {0} refused: {1} {2}", r.id().orElse("(unreadable)"),
                        r.reason(), r.message());
                reply(new CommandReply(FleetJson.VERSION, r.id().orElse(null), settings.topics().station(),
                        clock.instant().toString(), false, r.reason().name(), r.message(), null), false);
            }
            case CommandVerifier.Accepted a -> {
                LOG.log(Level.INFO, "fleet: command {0}: {1} {2}", a.command().id(), a.command().verb(),
                        a.command().args());
                FleetCommands.Outcome outcome = commands.run(a.command());
                reply(new CommandReply(FleetJson.VERSION, a.command().id(), settings.topics().station(),
                        clock.instant().toString(), outcome.ok(),
                        outcome.reason() == null ? null : outcome.reason().name(), outcome.message(),
                        outcome.result()), outcome.restartAfterReply());
            }
        }
    }

    /** Replies go straight out (the hub is waiting); one that cannot waits in the outbox. */
    private void reply(CommandReply reply, boolean thenRestart) {
        byte[] json = FleetJson.write(reply);
        Runnable after = thenRestart ? actions::restart : () -> { };
        try {
            client.publish(settings.topics().reply(), json, 1, false, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    after.run();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    order.execute(() -> outbox.add(settings.topics().reply(), json, clock.instant()));
                    after.run();
                }
            });
        } catch (MqttException e) {
            outbox.add(settings.topics().reply(), json, clock.instant());
            after.run();
        }
    }

    // ---- end ----

    /**
     * Says goodbye (state offline, retained: a kiosk switched off on purpose is offline at once, not after the
     * keep-alive) and disconnects; waits at most a few seconds for the network.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        periodic.forEach(f -> f.cancel(false));
        try {
            if (client.isConnected()) {
                client.publish(settings.topics().state(), FleetJson.write(StateReport.offline(
                        settings.topics().station())), 1, true).waitForCompletion(GOODBYE_WAIT.toMillis());
                client.disconnect(GOODBYE_WAIT.toMillis()).waitForCompletion(GOODBYE_WAIT.toMillis());
            }
        } catch (MqttException e) {
            LOG.log(Level.DEBUG, "fleet: goodbye not sent: {0}", describe(e));
        }
        connected = false;
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.log(Level.DEBUG, "fleet: close: {0}", describe(e));
        }
        // After what is queued in the client's order: the outbox is the client's, and closes with it.
        try {
            order.execute(outbox::close);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            outbox.close();
        }
    }
}
