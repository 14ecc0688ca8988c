package io.cnctwin.replay.control;

import io.cnctwin.reading.boundary.RowSource;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReplayRow;
import io.cnctwin.simulation.control.FleetModel;
import io.cnctwin.simulation.entity.FaultEpisode;
import io.cnctwin.simulation.entity.FaultKind;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The live simulation as a row source: the CNC fleet model stepped every {@code step} of data time from
 * {@code origin}, one reading per machine per step. Deterministic for a seed, so a restart rebuilds the same
 * fleet by stepping forward to the stored position, replaying the scenarios injected before.
 */
public class SimulationSource implements RowSource {

    public static final String LOCATION = "simulation";

    private final FleetModel model;
    private final LocalDateTime origin;
    private final Duration step;
    private final Deque<Reading> pending = new ArrayDeque<>();
    private long steps;
    private long position;

    public SimulationSource(SimulationSettings settings, List<FaultEpisode> injectedBefore) {
        this.model = new FleetModel(settings.machines(), settings.seed(), settings.origin());
        this.origin = settings.origin();
        this.step = settings.step();
        injectedBefore.forEach(e -> model.inject(e.machineId(), e.kind(), e.duration(), e.start()));
    }

    @Override
    public synchronized Optional<ReplayRow> next() {
        if (pending.isEmpty()) {
            steps++;
            pending.addAll(model.next(origin.plus(step.multipliedBy(steps))));
        }
        position++;
        return Optional.of(new ReplayRow(position, pending.poll(), null));
    }

    @Override
    public synchronized long position() {
        return position;
    }

    @Override
    public synchronized void skipTo(long target) {
        while (position < target) {
            next();
        }
    }

    @Override
    public long total() {
        return 0;
    }

    /** The data time the next step will have: where an injected scenario starts. */
    public synchronized LocalDateTime nextStepTime() {
        return origin.plus(step.multipliedBy(steps + 1));
    }

    /** Bends the machine's next readings physically; returns the episodes recorded (a congestion covers its segment). */
    public synchronized List<FaultEpisode> inject(int machineId, FaultKind kind, Duration duration) {
        if (machineId < 1 || machineId > model.machineCount()) {
            throw new IllegalArgumentException("the simulation has machines 1.." + model.machineCount() + ", not " + machineId);
        }
        return model.inject(machineId, kind, duration, nextStepTime());
    }

    @Override
    public void close() {
        pending.clear();
    }
}
