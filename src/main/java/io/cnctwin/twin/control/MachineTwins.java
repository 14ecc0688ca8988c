package io.cnctwin.twin.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Every machine's in-memory twin, by machine id. */
@ApplicationScoped
public class MachineTwins {

    private final ConcurrentMap<Integer, MachineTwin> twins = new ConcurrentHashMap<>();

    public MachineTwin of(int machineId) {
        return twins.computeIfAbsent(machineId, MachineTwin::new);
    }

    public Optional<MachineTwin> find(int machineId) {
        return Optional.ofNullable(twins.get(machineId));
    }

    public Collection<MachineTwin> all() {
        return twins.values();
    }
}
