package io.cnctwin.twin.boundary;

import io.cnctwin.analytics.boundary.FleetCorrelations;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Every machine's in-memory twin, by machine id, and the correlations pooled over all of them. */
@ApplicationScoped
public class MachineTwins {

    private final ConcurrentMap<Integer, MachineTwin> twins = new ConcurrentHashMap<>();
    private volatile FleetCorrelations correlations = new FleetCorrelations();

    /** Forgets every twin (a node taking the replay lead rebuilds them from the database). */
    public void clear() {
        twins.clear();
        correlations = new FleetCorrelations();
    }

    public MachineTwin of(int machineId) {
        return twins.computeIfAbsent(machineId, id -> new MachineTwin(id, correlations));
    }

    public Optional<MachineTwin> find(int machineId) {
        return Optional.ofNullable(twins.get(machineId));
    }

    public Collection<MachineTwin> all() {
        return twins.values();
    }

    /** The four correlations over every reading any twin observed since start (after a restart: the warm-up too). */
    public FleetCorrelations correlations() {
        return correlations;
    }
}
