package io.cnctwin.connect.control;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.Mqtt5Subscribe;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.Mqtt5Subscription;
import io.cnctwin.reading.entity.Reading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One MQTT connector: a persistent MQTT 5 session (clean start off, session expiry), QoS 1 subscriptions, and manual
 * acknowledgement. Messages are taken in batches of up to {@link #BATCH} on a thread of its own, stored through the
 * {@link ReadingSink}, and only then acknowledged: a message the twin has not stored stays with the broker, which
 * sends it again after a reconnect (of either side); one stored but not yet acknowledged comes again and is a
 * duplicate (the pipeline is idempotent on machine and timestamp). A malformed message is counted, reported and
 * acknowledged; it never stops the subscription.
 * <p>
 * After a lost connection a new client instance connects (same client id, so the same session), rather than the
 * library's automatic reconnect: with manual acknowledgement its reconnected client stops delivering once a message of
 * the previous connection is acknowledged late (hivemq-mqtt-client issues 526 and 796; seen here with mosquitto).
 */
public class MqttSubscriber implements ConnectorRun {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(MqttSubscriber.class.getName());

    /** One client instance and what it received. */
    private record Connection(Mqtt5AsyncClient client, BlockingQueue<Mqtt5Publish> inbox) {
    }

    private final MqttSettings settings;
    private final ReadingSink sink;
    private final ConnectorHealth health;
    private final Thread worker;
    private final Backoff backoff = new Backoff();
    private volatile Connection current;
    private volatile long nextAttempt;
    private volatile boolean open = true;

    public MqttSubscriber(MqttSettings settings, ReadingSink sink, ConnectorHealth health, ThreadFactory threads) {
        this.settings = settings;
        this.sink = sink;
        this.health = health;
        this.worker = threads.newThread(this::work);
    }

    /** Connects on the subscriber's own thread, and again after every lost connection. */
    public void start() {
        worker.start();
    }

    private void connect() {
        AtomicReference<Connection> self = new AtomicReference<>();
        Connection connection = new Connection(build(settings, self), new LinkedBlockingQueue<>());
        self.set(connection);
        current = connection;
        connection.client().publishes(MqttGlobalPublishFilter.ALL, connection.inbox()::add, true);
        connection.client().connectWith().cleanStart(false).sessionExpiryInterval(settings.sessionExpirySeconds()).send()
                .whenComplete((ack, failure) -> {
                    if (failure != null) {
                        lost(connection, failure);
                    } else {
                        subscribe(connection);
                    }
                });
    }

    private Mqtt5AsyncClient build(MqttSettings s, AtomicReference<Connection> self) {
        Mqtt5ClientBuilder builder = MqttClient.builder().useMqttVersion5().identifier(s.clientId())
                .serverHost(s.host()).serverPort(s.port());
        if (s.tls() && s.certificates() != null) {
            builder = builder.sslConfig().keyManagerFactory(s.certificates().keys())
                    .trustManagerFactory(s.certificates().trust()).applySslConfig();
        } else if (s.tls()) {
            builder = builder.sslWithDefaultConfig();
        }
        if (s.username() != null || s.password() != null) {
            builder = builder.simpleAuth().username(s.username() == null ? "" : s.username())
                    .password(s.password() == null ? new byte[0] : s.password()).applySimpleAuth();
        }
        return builder.addDisconnectedListener(context -> {
            if (context.getSource() != MqttDisconnectSource.USER) {
                lost(self.get(), context.getCause());
            }
        }).buildAsync();
    }

    private void subscribe(Connection connection) {
        List<Mqtt5Subscription> subscriptions = settings.topics().stream().map(t -> Mqtt5Subscription.builder()
                .topicFilter(t.filter()).qos(MqttQos.AT_LEAST_ONCE).build()).toList();
        // after every connect: a session the broker lost (a restart without persistence) lost its subscriptions too
        connection.client().subscribe(Mqtt5Subscribe.builder().addSubscriptions(subscriptions).build())
                .whenComplete((ack, failure) -> {
                    if (failure != null) {
                        lost(connection, failure);
                    } else {
                        backoff.succeeded();
                        health.connected();
                        LOG.info(() -> "MQTT connector subscribed at " + settings);
                    }
                });
    }

    /** The connection is gone: what it received and did not acknowledge, the broker sends to the next one. */
    private synchronized void lost(Connection connection, Throwable cause) {
        if (connection == null || connection != current) {
            return;
        }
        current = null;
        connection.client().disconnect();
        long delay = backoff.failed().toMillis();
        nextAttempt = System.currentTimeMillis() + delay;
        String reason = MqttTls.explain(cause);
        health.retrying("broker " + settings.host() + ":" + settings.port() + ": " + reason, Instant.ofEpochMilli(nextAttempt));
        LOG.warning(() -> "MQTT connector " + settings.clientId() + " lost its broker (" + reason + "); again in " + delay + " ms");
    }

    private void work() {
        while (open) {
            try {
                Connection connection = current;
                if (connection == null) {
                    if (System.currentTimeMillis() >= nextAttempt) {
                        connect();
                    } else {
                        Thread.sleep(50);
                    }
                    continue;
                }
                Mqtt5Publish first = connection.inbox().poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Mqtt5Publish> batch = new ArrayList<>();
                    batch.add(first);
                    connection.inbox().drainTo(batch, BATCH - 1);
                    handle(batch, connection);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "MQTT connector " + settings.clientId() + ": a batch failed", e);
            } catch (LinkageError e) {
                // a class the client needs is missing on this server: no retry mends that
                health.failed("the MQTT client cannot run on this server: " + e);
                LOG.log(Level.SEVERE, "MQTT connector " + settings.clientId() + " cannot run", e);
                return;
            }
        }
    }

    private void handle(List<Mqtt5Publish> batch, Connection connection) throws InterruptedException {
        health.messages(batch.size());
        List<Reading> readings = new ArrayList<>();
        for (Mqtt5Publish publish : batch) {
            String topic = publish.getTopic().toString();
            OptionalInt machine = machineOf(topic);
            if (machine.isEmpty()) {
                health.rejected(topic + ": the topic names no machine id");
                continue;
            }
            MqttPayloads.Parsed parsed = MqttPayloads.parse(machine.getAsInt(), publish.getPayloadAsBytes());
            readings.addAll(parsed.readings());
            parsed.rejections().forEach(reason -> health.rejected(topic + ": " + reason));
        }
        if (!readings.isEmpty() && !store(readings)) {
            return;
        }
        if (connection == current) {
            batch.forEach(Mqtt5Publish::acknowledge);
        }
    }

    /** Tries until the batch is stored (true) or the connector closes (false: nothing acknowledged, sent again). */
    private boolean store(List<Reading> readings) throws InterruptedException {
        Backoff retries = new Backoff();
        while (open) {
            try {
                ReadingSink.Delivery delivery = sink.deliver(readings, null);
                health.delivered(delivery.accepted(), delivery.duplicates());
                if (current != null && current.client().getState().isConnected()) {
                    health.connected();
                }
                return true;
            } catch (RuntimeException e) {
                long wait = retries.failed().toMillis();
                health.retrying("storing readings failed: " + e.getMessage(), Instant.now().plusMillis(wait));
                LOG.log(Level.WARNING, "MQTT connector " + settings.clientId() + " could not store a batch", e);
                Thread.sleep(wait);
            }
        }
        return false;
    }

    private OptionalInt machineOf(String topic) {
        for (TopicPattern pattern : settings.topics()) {
            OptionalInt id = pattern.machineId(topic);
            if (id.isPresent()) {
                return id;
            }
        }
        return OptionalInt.empty();
    }

    /** Stops taking messages, lets the batch in hand finish, and leaves the session (and what it holds) to the broker. */
    @Override
    public void close() {
        open = false;
        try {
            worker.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Connection connection = current;
        current = null;
        if (connection != null) {
            try {
                connection.client().disconnect().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.log(Level.FINE, "MQTT disconnect", e);
            }
        }
    }
}
