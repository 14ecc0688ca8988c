package io.cnctwin.connect.boundary;

import io.cnctwin.connect.control.FleetPublisher;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.reading.entity.ReadingSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The twin publishes the readings it stores to an MQTT broker, for a demo without hardware: when
 * {@code twin.mqtt.publish.url} is set (off by default), each reading this node commits (but those an MQTT connector
 * brought, which would come round again) goes to {@code twin.mqtt.publish.topic} as a CSV line, QoS 1. An MQTT
 * connector subscribed to that topic, with its machines mapped elsewhere or not, then shows the whole path work.
 */
@ApplicationScoped
public class FleetPublishing {

    private static final Logger LOG = Logger.getLogger(FleetPublishing.class.getName());

    @Inject
    @ConfigProperty(name = "twin.mqtt.publish.url")
    Optional<String> url;
    @Inject
    @ConfigProperty(name = "twin.mqtt.publish.topic", defaultValue = "cnc-twin/fleet/cnc/{machineId}/telemetry")
    String topic;
    @Inject
    @ConfigProperty(name = "twin.mqtt.publish.client-id", defaultValue = "cnc-twin-publisher")
    String clientId;

    private FleetPublisher publisher;
    private boolean refused;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadingsCommitted batch) {
        if (batch.source() == ReadingSource.MQTT || url.filter(u -> !u.isBlank()).isEmpty()) {
            return;
        }
        FleetPublisher to = publisher();
        if (to != null) {
            batch.readings().forEach(item -> to.publish(item.reading().toReading()));
        }
    }

    private synchronized FleetPublisher publisher() {
        if (publisher == null && !refused) {
            Map<String, String> settings = new HashMap<>(Map.of("url", url.get().strip(), "topics", topic, "clientId", clientId));
            try {
                publisher = new FleetPublisher(settings, Map.of()).start();
            } catch (IllegalArgumentException e) {
                refused = true;
                LOG.log(Level.WARNING, "twin.mqtt.publish.* cannot work, the fleet is not published: {0}", e.getMessage());
            }
        }
        return publisher;
    }

    @PreDestroy
    synchronized void stop() {
        if (publisher != null) {
            publisher.close();
        }
    }
}
