package io.cnctwin.connect.control;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import io.cnctwin.connect.entity.ConnectorState;
import io.cnctwin.connect.entity.ConnectorStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The MQTT subscriber against a real broker (mosquitto) in this JVM's reach, with a sink that stores as the pipeline
 * does: every QoS 1 reading published is stored exactly once across a broker restart and a subscriber restart (a new
 * client with the same client id, as after a twin restart) in the middle of the stream, and readings published while
 * the subscriber is away arrive after it comes back.
 */
class MqttSubscriberTest {

    static final int READINGS = 240;

    @TempDir
    Path folder;
    MosquittoBroker broker;
    Mqtt5AsyncClient publisher;
    RecordingSink sink = new RecordingSink();
    ConnectorHealth health = new ConnectorHealth(ConnectorState.RETRYING, InstantSource.system());

    @BeforeEach
    void startBroker() throws Exception {
        assumeTrue(MosquittoBroker.installed(), "mosquitto is not installed (apt-get install mosquitto; .ci/run does)");
        broker = new MosquittoBroker(folder).start();
        URI url = URI.create(broker.url());
        publisher = MqttClient.builder().useMqttVersion5().identifier("test-publisher").serverHost(url.getHost())
                .serverPort(url.getPort()).automaticReconnect().initialDelay(100, TimeUnit.MILLISECONDS)
                .maxDelay(1, TimeUnit.SECONDS).applyAutomaticReconnect().buildAsync();
        publisher.connectWith().cleanStart(false).sessionExpiryInterval(600).send().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stopBroker() throws Exception {
        if (publisher != null) {
            publisher.disconnect();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everyQos1ReadingIsStoredOnceAcrossBrokerAndSubscriberRestarts() throws Exception {
        MqttSubscriber cut = subscriber();
        cut.start();
        await(() -> health.view().state() == ConnectorState.CONNECTED, "the subscriber connects");
        publish(0, 80);
        broker.stop();
        broker.start();
        publish(80, 160);
        await(() -> sink.size() >= 120, "readings arrive after the broker restart");
        cut.close();
        // the twin is away: the broker keeps what comes meanwhile for its session
        publish(160, READINGS);
        publisher.publishWith().topic("plant/hall-1/cnc/901/telemetry").qos(MqttQos.AT_LEAST_ONCE)
                .payload("{\"timestamp\": oops".getBytes(StandardCharsets.UTF_8)).send().get(10, TimeUnit.SECONDS);
        MqttSubscriber again = subscriber();
        again.start();
        try {
            await(() -> sink.size() == READINGS && health.view().rejected() == 1, "every reading is stored");
            ConnectorStatus status = health.view();
            assertEquals(READINGS, sink.size());
            assertEquals(READINGS, status.accepted(), "each reading stored once");
            assertEquals(sink.deliveries.values().stream().mapToInt(n -> n.get() - 1).sum(), status.duplicates(),
                    "what came again is counted as a duplicate");
            assertTrue(status.rejections().get(0).startsWith("plant/hall-1/cnc/901/telemetry: not the ingest JSON"),
                    status.rejections().toString());
        } finally {
            again.close();
        }
    }

    @Test
    void aCsvLineAndAJsonArrayAreReadingsOfTheTopicsMachine() throws Exception {
        MqttSubscriber cut = subscriber();
        cut.start();
        try {
            await(() -> health.view().state() == ConnectorState.CONNECTED, "the subscriber connects");
            send("plant/a/cnc/905/telemetry", "2030-03-01 00:00:00,905,Active,71.5,2.1,6.5,18.7,1.5,3.2,410,0.62,4.7,High");
            send("plant/a/cnc/906/telemetry", "[" + MqttPayloadsTest.json(906, "2030-03-01T00:00:00Z") + ","
                    + MqttPayloadsTest.json(906, "2030-03-01T00:01:00Z") + "]");
            send("plant/a/cnc/907/telemetry", "2030-03-01 00:00:00,905,Active,71.5,2.1,6.5,18.7,1.5,3.2,410,0.62,4.7,High");
            await(() -> sink.size() == 3 && health.view().rejected() == 1, "three readings and one rejection");
            assertEquals(1, health.view().rejections().size());
        } finally {
            cut.close();
        }
    }

    private MqttSubscriber subscriber() {
        MqttSettings settings = MqttSettings.of(new Settings(Map.of("url", broker.url(), "clientId", "twin-test",
                "topics", "plant/+/cnc/{machineId}/telemetry")), Map.of(), "unused");
        return new MqttSubscriber(settings, sink, health, Thread::new);
    }

    private void publish(int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            int machine = 901 + i % 3;
            String payload = MqttPayloadsTest.json(machine, String.format("2030-01-01T%02d:%02d:00Z", i / 60, i % 60));
            sendUntilAcknowledged("plant/hall-1/cnc/" + machine + "/telemetry", payload);
        }
    }

    private void send(String topic, String payload) throws Exception {
        sendUntilAcknowledged(topic, payload);
    }

    /** A QoS 1 publisher's duty: again until the broker acknowledges (which may store it twice: the twin dedupes). */
    private void sendUntilAcknowledged(String topic, String payload) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                publisher.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
                        .payload(payload.getBytes(StandardCharsets.UTF_8)).send().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                if (attempt > 50) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what + ": " + sink.size() + " stored, " + health.view());
            }
            Thread.sleep(50);
        }
    }
}
