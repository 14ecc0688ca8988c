package io.cnctwin.timeline.entity;

import io.cnctwin.machine.entity.MachineStatus;
import java.time.Duration;
import java.time.Instant;

/** A machine in one state over [from, to) of data time, and how many minutes that is. */
public record StateInterval(MachineStatus state, Instant from, Instant to, double minutes) {

    public StateInterval(MachineStatus state, Instant from, Instant to) {
        this(state, from, to, Duration.between(from, to).toMillis() / 60_000.0);
    }
}
