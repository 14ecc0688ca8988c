package io.cnctwin.simulation.control;

import io.cnctwin.reading.entity.Reading;
import io.cnctwin.simulation.entity.FailureEvent;
import io.cnctwin.simulation.entity.FaultEpisode;
import io.cnctwin.simulation.entity.FaultKind;
import io.cnctwin.simulation.entity.FaultRequest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The fleet: machines 1..N on network segments of {@value #MACHINES_PER_SEGMENT}, stepped together in time.
 * Deterministic for a seed and a sequence of calls. Thread-safe: the twin may step and inject from different threads.
 */
public final class FleetModel {

    public static final int MACHINES_PER_SEGMENT = 10;

    private final long seed;
    private final List<CncMachine> machines = new ArrayList<>();
    private final List<NetworkSegment> segments = new ArrayList<>();
    private final List<FaultEpisode> groundTruth = new ArrayList<>();
    private LocalDateTime lastAt;

    /**
     * @param machineCount number of machines, ids 1..machineCount
     * @param origin       the instant of the initial state (UTC); the first reading must be later
     */
    public FleetModel(int machineCount, long seed, LocalDateTime origin) {
        if (machineCount < 1) {
            throw new IllegalArgumentException("a fleet needs at least one machine, got " + machineCount);
        }
        this.seed = seed;
        this.lastAt = origin;
        SplittableRandom root = new SplittableRandom(seed);
        for (int id = 1; id <= machineCount; id++) {
            machines.add(new CncMachine(id, root.split(), origin));
        }
        for (int s = 0; s < (machineCount + MACHINES_PER_SEGMENT - 1) / MACHINES_PER_SEGMENT; s++) {
            segments.add(new NetworkSegment());
        }
    }

    /** Advances every machine to {@code at} (UTC, after the previous step) and returns one reading each, by id. */
    public synchronized List<Reading> next(LocalDateTime at) {
        if (!at.isAfter(lastAt)) {
            throw new IllegalArgumentException("the model is at " + lastAt + "; cannot step to " + at);
        }
        List<Reading> readings = new ArrayList<>(machines.size());
        for (CncMachine machine : machines) {
            readings.add(machine.step(at, segmentOf(machine.id())));
        }
        lastAt = at;
        return readings;
    }

    /**
     * Plays a fault on a machine from {@code start} for {@code duration} by changing its physical parameters, and
     * records it in the ground truth. NETWORK_CONGESTION hits the machine's whole segment and is recorded for each
     * machine on it. Returns the recorded episodes.
     */
    public synchronized List<FaultEpisode> inject(int machineId, FaultKind kind, Duration duration, LocalDateTime start) {
        FaultRequest request = new FaultRequest(machineId, kind, start, duration);
        CncMachine machine = machine(machineId);
        double severity = severityOf(request);
        if (!kind.segmentWide()) {
            FaultEpisode episode = new FaultEpisode(machineId, kind, start, request.end());
            machine.agenda().add(new ScheduledFault(episode, severity));
            groundTruth.add(episode);
            return List.of(episode);
        }
        segmentOf(machineId).congest(new ScheduledFault(new FaultEpisode(machineId, kind, start, request.end()), severity));
        List<FaultEpisode> recorded = machinesOnSegmentOf(machineId).stream()
                .map(id -> new FaultEpisode(id, kind, start, request.end())).toList();
        groundTruth.addAll(recorded);
        return recorded;
    }

    public List<FaultEpisode> inject(FaultRequest request) {
        return inject(request.machineId(), request.kind(), request.duration(), request.start());
    }

    /** Every episode injected so far, in the order of injection. */
    public synchronized List<FaultEpisode> groundTruth() {
        return Collections.unmodifiableList(new ArrayList<>(groundTruth));
    }

    /** Every failure so far (machine, kind, time, back in service), ordered by time then machine. */
    public synchronized List<FailureEvent> failures() {
        List<FailureEvent> all = new ArrayList<>();
        machines.forEach(machine -> all.addAll(machine.failures()));
        all.sort(java.util.Comparator.comparing(FailureEvent::at).thenComparingInt(FailureEvent::machineId));
        return Collections.unmodifiableList(all);
    }

    /** The hidden state behind vibration and maintenance score: tool wear 0 (new) .. 1 (broken). */
    public synchronized double toolWear(int machineId) {
        return machine(machineId).toolWear();
    }

    public int machineCount() {
        return machines.size();
    }

    public synchronized LocalDateTime lastStep() {
        return lastAt;
    }

    private CncMachine machine(int machineId) {
        if (machineId < 1 || machineId > machines.size()) {
            throw new IllegalArgumentException("no machine " + machineId + " (fleet has 1.." + machines.size() + ")");
        }
        return machines.get(machineId - 1);
    }

    private NetworkSegment segmentOf(int machineId) {
        return segments.get((machineId - 1) / MACHINES_PER_SEGMENT);
    }

    private List<Integer> machinesOnSegmentOf(int machineId) {
        int first = (machineId - 1) / MACHINES_PER_SEGMENT * MACHINES_PER_SEGMENT + 1;
        int last = Math.min(machines.size(), first + MACHINES_PER_SEGMENT - 1);
        List<Integer> ids = new ArrayList<>();
        for (int id = first; id <= last; id++) {
            ids.add(id);
        }
        return ids;
    }

    // drawn from the request itself, so a fault's strength does not depend on when or in which order it was injected
    private double severityOf(FaultRequest request) {
        long key = request.start().toEpochSecond(ZoneOffset.UTC) * 31 + request.machineId() * 7919L + request.kind().ordinal();
        return new SplittableRandom(seed ^ (key * 0x9E3779B97F4A7C15L)).nextDouble();
    }
}
