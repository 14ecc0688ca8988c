package io.cnctwin.connect.control;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One MQTT connector: a persistent MQTT 5 session (clean start off, session expiry), QoS 1 subscriptions, and manual
 * acknowledgement. Messages are taken in batches of up to {@link #BATCH} on a thread of its own, stored through the
 * {@link ReadingSink}, and only then acknowledged: a message the twin has not stored stays with the broker, which
 * sends it again after a reconnect (of either side); one stored but not yet acknowledged comes again and is a
 * duplicate (the pipeline is idempotent on machine and timestamp). A malformed message is counted, reported and
 * acknowledged; it never stops the subscription.
 */
public class MqttSubscriber implements AutoCloseable {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(MqttSubscriber.class.getName());

    private final MqttSettings settings;
    private final ReadingSink sink;
    private final ConnectorHealth health;
    private final BlockingQueue<Mqtt5Publish> inbox = new LinkedBlockingQueue<>();
    private final Mqtt5AsyncClient client;
    private final Thread worker;
    private volatile boolean open = true;

    public MqttSubscriber(MqttSettings settings, ReadingSink sink, ConnectorHealth health, ThreadFactory threads) {
        this.settings = settings;
        this.sink = sink;
        this.health = health;
        this.client = build(settings);
        this.worker = threads.newThread(this::work);
    }

    private Mqtt5AsyncClient build(MqttSettings s) {
        Mqtt5ClientBuilder builder = MqttClient.builder().useMqttVersion5().identifier(s.clientId())
                .serverHost(s.host()).serverPort(s.port())
                .automaticReconnect().initialDelay(1, TimeUnit.SECONDS).maxDelay(30, TimeUnit.SECONDS)
                .applyAutomaticReconnect()
                .addConnectedListener(context -> subscribed())
                .addDisconnectedListener(this::disconnected);
        if (s.tls()) {
            builder = builder.sslWithDefaultConfig();
        }
        if (s.username() != null || s.password() != null) {
            builder = builder.simpleAuth().username(s.username() == null ? "" : s.username())
                    .password(s.password() == null ? new byte[0] : s.password()).applySimpleAuth();
        }
        return builder.buildAsync();
    }

    /** Connects; the client reconnects by itself after any failure, the first attempt's included. */
    public void start() {
        client.publishes(MqttGlobalPublishFilter.ALL, inbox::add, true);
        worker.start();
        client.connectWith().cleanStart(false).sessionExpiryInterval(settings.sessionExpirySeconds()).send();
    }

    private void subscribed() {
        List<Mqtt5Subscription> subscriptions = settings.topics().stream().map(t -> Mqtt5Subscription.builder()
                .topicFilter(t.filter()).qos(MqttQos.AT_LEAST_ONCE).build()).toList();
        // again after every connect: a session the broker lost (restart without persistence) lost its subscriptions
        client.subscribe(Mqtt5Subscribe.builder().addSubscriptions(subscriptions).build()).whenComplete((ack, failure) -> {
            if (failure != null) {
                health.retrying("subscribing failed: " + failure.getMessage(), null);
            } else {
                health.connected();
                LOG.info(() -> "MQTT connector subscribed at " + settings);
            }
        });
    }

    private void disconnected(MqttClientDisconnectedContext context) {
        if (context.getSource() == MqttDisconnectSource.USER) {
            return;
        }
        long delay = context.getReconnector().getDelay(TimeUnit.MILLISECONDS);
        String cause = context.getCause().getMessage();
        health.retrying("broker " + settings.host() + ":" + settings.port() + ": " + cause, Instant.now().plusMillis(delay));
        LOG.warning(() -> "MQTT connector " + settings.clientId() + " disconnected (" + cause + "); retrying in " + delay + " ms");
    }

    private void work() {
        while (open) {
            try {
                Mqtt5Publish first = inbox.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Mqtt5Publish> batch = new ArrayList<>();
                    batch.add(first);
                    inbox.drainTo(batch, BATCH - 1);
                    handle(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "MQTT connector " + settings.clientId() + ": a batch failed", e);
            }
        }
    }

    private void handle(List<Mqtt5Publish> batch) throws InterruptedException {
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
        batch.forEach(Mqtt5Publish::acknowledge);
    }

    /** Tries until the batch is stored (true) or the connector closes (false: nothing acknowledged, sent again). */
    private boolean store(List<Reading> readings) throws InterruptedException {
        Backoff backoff = new Backoff();
        while (open) {
            try {
                ReadingSink.Delivery delivery = sink.deliver(readings, null);
                health.delivered(delivery.accepted(), delivery.duplicates());
                if (client.getState().isConnected()) {
                    health.connected();
                }
                return true;
            } catch (RuntimeException e) {
                long wait = backoff.failed().toMillis();
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
        try {
            client.disconnect().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(Level.FINE, "MQTT disconnect", e);
        }
    }
}
