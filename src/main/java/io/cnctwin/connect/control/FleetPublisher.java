package io.cnctwin.connect.control;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import io.cnctwin.reading.boundary.ReadingCsvFormat;
import io.cnctwin.reading.entity.Reading;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes readings to an MQTT broker, for a demo without hardware: each as a CSV line of the public header (what
 * the MQTT connector reads), QoS 1, to the topic of its machine ({@code {machineId}} in the topic replaced by the id,
 * e.g. {@code cnc-twin/fleet/cnc/7/telemetry}). The client reconnects by itself; this is a demo feed without a
 * delivery guarantee (what the client cannot hand to the broker is counted as failed, and nothing is kept across a
 * restart of the twin). TLS, a user name and a password as an MQTT connector takes them ({@link MqttSettings}).
 */
public class FleetPublisher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FleetPublisher.class.getName());

    private final MqttSettings settings;
    private final TopicPattern topic;
    private final Mqtt5AsyncClient client;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    /** {@link InvalidSettings} when the URL or topic cannot work (the topic must name {@code {machineId}}, no wildcard). */
    public FleetPublisher(Map<String, String> values, Map<String, String> secrets) {
        this.settings = MqttSettings.of(new Settings(values), secrets, "cnc-twin-publisher");
        if (settings.topics().size() != 1 || settings.topics().get(0).pattern().matches(".*[+#].*")) {
            throw new InvalidSettings("the publishing topic must be one topic naming {machineId}, without wildcards");
        }
        this.topic = settings.topics().get(0);
        Mqtt5ClientBuilder builder = MqttClient.builder().useMqttVersion5().identifier(settings.clientId())
                .serverHost(settings.host()).serverPort(settings.port()).automaticReconnect()
                .initialDelay(1, TimeUnit.SECONDS).maxDelay(30, TimeUnit.SECONDS).applyAutomaticReconnect();
        if (settings.tls() && settings.certificates() != null) {
            builder = builder.sslConfig().keyManagerFactory(settings.certificates().keys())
                    .trustManagerFactory(settings.certificates().trust()).applySslConfig();
        } else if (settings.tls()) {
            builder = builder.sslWithDefaultConfig();
        }
        if (settings.username() != null || settings.password() != null) {
            builder = builder.simpleAuth().username(settings.username() == null ? "" : settings.username())
                    .password(settings.password() == null ? new byte[0] : settings.password()).applySimpleAuth();
        }
        this.client = builder.buildAsync();
    }

    /** Connects (and keeps reconnecting); readings published before the first connection count as failed. */
    public FleetPublisher start() {
        client.connect().whenComplete((ack, failure) -> {
            if (failure != null) {
                LOG.warning(() -> "Publishing the fleet to " + settings + ": " + MqttTls.explain(failure) + "; retrying");
            } else {
                LOG.info(() -> "Publishing the fleet to " + settings);
            }
        });
        return this;
    }

    public void publish(Reading reading) {
        byte[] payload = ReadingCsvFormat.line(reading, null).getBytes(StandardCharsets.UTF_8);
        client.publishWith().topic(topicOf(reading.machineId())).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send()
                .whenComplete((result, failure) -> (failure == null ? published : failed).incrementAndGet());
    }

    String topicOf(int machineId) {
        return topic.pattern().replace(TopicPattern.ID, String.valueOf(machineId));
    }

    public boolean connected() {
        return client.getState().isConnected();
    }

    public long published() {
        return published.get();
    }

    public long failed() {
        return failed.get();
    }

    @Override
    public void close() {
        try {
            client.disconnect().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(Level.FINE, "MQTT publisher disconnect", e);
        }
    }
}
