package io.cnctwin.simulation.control;

import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.simulation.entity.FaultRequest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Planned faults waiting for their moment. A fault that needs cutting load starts only once its machine has been
 * cutting for {@link #CUTTING_BEFORE_LOAD_FAULT}: a drive or cooling fault shows against a running baseline,
 * not hidden in the step of a machine starting up. A fault never starts while an earlier one of the same machine
 * still runs; one that would end after the horizon is dropped.
 */
public final class PendingFaults {

    static final Duration CUTTING_BEFORE_LOAD_FAULT = Duration.ofMinutes(10);

    private final List<FaultRequest> waiting;
    private final LocalDateTime horizon;
    private final Map<Integer, LocalDateTime> busyUntil = new HashMap<>();
    private final Map<Integer, LocalDateTime> cuttingSince = new HashMap<>();

    /** @param planned requests ordered by start */
    public PendingFaults(List<FaultRequest> planned, LocalDateTime horizon) {
        this.waiting = new ArrayList<>(planned);
        this.horizon = horizon;
    }

    /** The requests to inject now, moved to start at {@code at}. */
    public List<FaultRequest> dueAt(LocalDateTime at) {
        List<FaultRequest> due = new ArrayList<>();
        for (Iterator<FaultRequest> it = waiting.iterator(); it.hasNext(); ) {
            FaultRequest request = it.next();
            if (request.start().isAfter(at)) {
                break;
            }
            FaultRequest now = new FaultRequest(request.machineId(), request.kind(), at, request.duration());
            if (now.end().isAfter(horizon)) {
                it.remove();
            } else if (ready(now)) {
                it.remove();
                due.add(now);
                if (!now.kind().segmentWide()) {
                    busyUntil.put(now.machineId(), now.end());
                }
            }
        }
        return due;
    }

    /** Follows which machines are cutting, from the readings just taken. */
    public void observe(List<Reading> readings) {
        for (Reading reading : readings) {
            if (reading.mode() != OperationMode.ACTIVE) {
                cuttingSince.remove(reading.machineId());
            } else {
                cuttingSince.putIfAbsent(reading.machineId(), reading.timestamp());
            }
        }
    }

    private boolean ready(FaultRequest request) {
        if (request.kind().segmentWide()) {
            return true;
        }
        LocalDateTime busy = busyUntil.get(request.machineId());
        if (busy != null && request.start().isBefore(busy.plus(FaultPlanner.REPAIR_GAP))) {
            return false;
        }
        if (!request.kind().needsCuttingLoad()) {
            return true;
        }
        LocalDateTime since = cuttingSince.get(request.machineId());
        return since != null && !since.plus(CUTTING_BEFORE_LOAD_FAULT).isAfter(request.start());
    }
}
