package io.cnctwin.connect.boundary;

import io.cnctwin.connect.control.DemoAgentBuffer;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import io.cnctwin.reading.entity.ReadingSource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The twin as an MTConnect agent, for a demo without hardware: when {@code twin.mtconnect.agent} is
 * {@code anonymous}, the readings this node stores (but those an MTConnect connector brought, which would come round
 * again) fill an agent buffer that {@code GET /mtconnect/probe|current|sample} serves without a token, read only.
 * Off by default: then nothing is kept and the paths answer 404.
 */
@ApplicationScoped
public class DemoAgent {

    @Inject
    @ConfigProperty(name = "twin.mtconnect.agent", defaultValue = "off")
    String mode;
    @Inject
    @ConfigProperty(name = "twin.mtconnect.agent.buffer", defaultValue = "20000")
    int capacity;

    private DemoAgentBuffer buffer;

    @PostConstruct
    void start() {
        buffer = new DemoAgentBuffer(capacity, Instant.now().getEpochSecond());
    }

    public boolean enabled() {
        return "anonymous".equalsIgnoreCase(mode);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadingsCommitted batch) {
        if (enabled() && batch.source() != ReadingSource.MTCONNECT) {
            batch.readings().stream().map(ReadingsCommitted.Item::reading).forEach(r -> buffer.add(r.machineId(),
                    r.timestamp(), r.operationMode(), r.temperatureC(), r.powerKw(), r.productionSpeed()));
        }
    }

    public DemoAgentBuffer.Snapshot snapshot() {
        return buffer.snapshot();
    }
}
