package io.cnctwin.simulation.entity;

import java.time.LocalDateTime;

/**
 * A failure of one machine: it stopped at {@code at} and was back in service at {@code repaired} (UTC).
 * {@code precursor} is false for the failures drawn from the state-independent background hazard (no warning sign).
 */
public record FailureEvent(int machineId, FailureKind kind, LocalDateTime at, LocalDateTime repaired, boolean precursor) {

    public FailureEvent {
        if (!repaired.isAfter(at)) {
            throw new IllegalArgumentException("a repair must end after the failure: " + at + " .. " + repaired);
        }
    }

    /** True while the machine is down for this failure: [at, repaired). */
    public boolean covers(LocalDateTime time) {
        return !time.isBefore(at) && time.isBefore(repaired);
    }
}
