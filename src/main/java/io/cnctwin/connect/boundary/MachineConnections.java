package io.cnctwin.connect.boundary;

import io.cnctwin.connect.control.ConnectionWatch;
import io.cnctwin.connect.entity.MachineConnection;
import io.cnctwin.pipeline.entity.ReadingsCommitted;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Connection health of every machine whose readings this node stored since it started, whatever their source:
 * OFFLINE after {@code twin.connection.offline-factor} (3) times its usual interval without a reading, and never
 * before {@code twin.connection.minimum-silence} (PT10S).
 */
@ApplicationScoped
public class MachineConnections {

    @Inject
    @ConfigProperty(name = "twin.connection.offline-factor", defaultValue = "3")
    double factor;
    @Inject
    @ConfigProperty(name = "twin.connection.minimum-silence", defaultValue = "PT10S")
    Duration minimumSilence;

    private ConnectionWatch watch;

    @PostConstruct
    void start() {
        watch = new ConnectionWatch(factor, minimumSilence);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadingsCommitted batch) {
        Instant now = Instant.now();
        Set<Integer> machines = new HashSet<>();
        batch.readings().forEach(item -> machines.add(item.reading().machineId()));
        machines.forEach(id -> watch.arrived(id, now));
    }

    public List<MachineConnection> all() {
        return watch.at(Instant.now());
    }
}
