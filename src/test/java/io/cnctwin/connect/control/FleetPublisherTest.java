package io.cnctwin.connect.control;

import io.cnctwin.connect.entity.ConnectorState;
import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The simulation's feed to a broker (demo without hardware) read back by the MQTT connector through a real broker
 * (mosquitto): every reading published arrives as the same reading, on its machine's topic.
 */
class FleetPublisherTest {

    static final String TOPIC = "cnc-twin/fleet/cnc/{machineId}/telemetry";

    @TempDir
    Path folder;

    @Test
    void publishedReadingsArriveAtAnMqttConnectorAsTheyWere() throws Exception {
        assumeTrue(MosquittoBroker.installed(), "mosquitto is not installed (.ci/run installs it)");
        RecordingSink sink = new RecordingSink();
        ConnectorHealth health = new ConnectorHealth(ConnectorState.RETRYING, InstantSource.system());
        try (MosquittoBroker broker = new MosquittoBroker(folder).start()) {
            MqttSubscriber subscriber = new MqttSubscriber(MqttSettings.of(new Settings(Map.of("url", broker.url(),
                    "clientId", "fleet-reader", "topics", TOPIC)), Map.of(), "unused"), sink, health, Thread::new);
            subscriber.start();
            try (FleetPublisher cut = new FleetPublisher(Map.of("url", broker.url(), "topics", TOPIC), Map.of())) {
                await(() -> health.view().state() == ConnectorState.CONNECTED, "the connector subscribes");
                cut.start();
                await(cut::connected, "the publisher connects");
                List<Reading> sent = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    Reading reading = new Reading(1 + i % 3, LocalDateTime.of(2030, 5, 1, 0, i, 0, 250_000_000),
                            i % 4 == 0 ? OperationMode.IDLE : OperationMode.ACTIVE, 60 + i / 7.0, 1.25, 6.5 + i,
                            8.0, 0.1, 1.5, 400 + i, 0.3, 1.0, EfficiencyStatus.MEDIUM);
                    sent.add(reading);
                    cut.publish(reading);
                }
                await(() -> sink.size() == 30, "every reading arrives");
                for (Reading reading : sent) {
                    assertEquals(reading, sink.stored.get(new RecordingSink.Key(reading.machineId(), reading.timestamp())));
                }
                assertEquals(30, cut.published());
                assertEquals("cnc-twin/fleet/cnc/7/telemetry", cut.topicOf(7));
            } finally {
                subscriber.close();
            }
        }
    }

    @Test
    void aTopicWithAWildcardOrWithoutTheMachineIsRefused() {
        assertThrows(InvalidSettings.class, () -> new FleetPublisher(Map.of("url", "tcp://localhost:1883",
                "topics", "plant/+/cnc/{machineId}"), Map.of()));
        assertThrows(InvalidSettings.class, () -> new FleetPublisher(Map.of("url", "tcp://localhost:1883",
                "topics", "plant/cnc"), Map.of()));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }
}
