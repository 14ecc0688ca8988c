package io.cnctwin.simulation.control;

import io.cnctwin.simulation.entity.FaultKind;
import io.cnctwin.simulation.entity.FaultRequest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the fault episodes of a generated data set: a Poisson process per machine for the machine faults and one
 * per network segment for congestion, so every machine meets each of the six kinds at rate/6 per day.
 * Episodes of one machine (or segment) never overlap and are {@link #REPAIR_GAP} apart, so each is one clear case.
 */
public final class FaultPlanner {

    static final Duration REPAIR_GAP = Duration.ofHours(2);
    private static final List<FaultKind> MACHINE_KINDS = List.of(FaultKind.OVERHEAT, FaultKind.TOOL_WEAR,
            FaultKind.POWER_SPIKE, FaultKind.POWER_DROP, FaultKind.SENSOR_DRIFT);
    private static final double MINUTES_PER_DAY = 1440;

    private final SplittableRandom random;

    public FaultPlanner(long seed) {
        // a stream apart from the model's, so changing the fault rate leaves the healthy behaviour as it was
        this.random = new SplittableRandom(~seed);
    }

    /** Episodes between from and to for machines 1..machines, ordered by start then machine. */
    public List<FaultRequest> plan(int machines, LocalDateTime from, LocalDateTime to, double episodesPerMachineDay) {
        List<FaultRequest> requests = new ArrayList<>();
        double kindRate = episodesPerMachineDay / (MACHINE_KINDS.size() + 1);
        for (int id = 1; id <= machines; id++) {
            requests.addAll(sequence(id, MACHINE_KINDS, kindRate * MACHINE_KINDS.size(), from, to));
        }
        for (int first = 1; first <= machines; first += FleetModel.MACHINES_PER_SEGMENT) {
            requests.addAll(sequence(first, List.of(FaultKind.NETWORK_CONGESTION), kindRate, from, to));
        }
        requests.sort(Comparator.comparing(FaultRequest::start).thenComparingInt(FaultRequest::machineId));
        return requests;
    }

    private List<FaultRequest> sequence(int machineId, List<FaultKind> kinds, double perDay,
                                        LocalDateTime from, LocalDateTime to) {
        List<FaultRequest> requests = new ArrayList<>();
        if (perDay <= 0) {
            return requests;
        }
        LocalDateTime free = from.minus(REPAIR_GAP).plusHours(1);
        while (true) {
            double gapMinutes = -Math.log(1 - random.nextDouble()) * MINUTES_PER_DAY / perDay;
            LocalDateTime start = free.plus(REPAIR_GAP).plusMinutes(Math.round(gapMinutes));
            FaultKind kind = kinds.get(random.nextInt(kinds.size()));
            FaultRequest request = new FaultRequest(machineId, kind, start, typicalDuration(kind));
            if (request.end().isAfter(to)) {
                return requests;
            }
            requests.add(request);
            free = request.end();
        }
    }

    /** Long enough to be seen at a 2-minute sampling, short enough to be one event. */
    private Duration typicalDuration(FaultKind kind) {
        int[] minutes = switch (kind) {
            case OVERHEAT -> new int[] {60, 150};
            case TOOL_WEAR -> new int[] {60, 180};
            case POWER_SPIKE, POWER_DROP -> new int[] {10, 30};
            case NETWORK_CONGESTION -> new int[] {30, 120};
            case SENSOR_DRIFT -> new int[] {120, 300};
        };
        return Duration.ofMinutes(minutes[0] + random.nextInt(minutes[1] - minutes[0] + 1));
    }
}
