package io.cnctwin.simulation.entity;

import java.time.Duration;
import java.time.LocalDateTime;

/** A scenario to play on one machine: what, from when (UTC), for how long. */
public record FaultRequest(int machineId, FaultKind kind, LocalDateTime start, Duration duration) {

    public FaultRequest {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a fault needs a positive duration, got " + duration);
        }
    }

    public LocalDateTime end() {
        return start.plus(duration);
    }
}
