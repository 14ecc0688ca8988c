package io.cnctwin.simulation.entity;

import java.time.Duration;
import java.time.LocalDateTime;

/** One fault of one machine from start (inclusive) to end (exclusive), UTC: a line of the ground truth. */
public record FaultEpisode(int machineId, FaultKind kind, LocalDateTime start, LocalDateTime end) {

    public FaultEpisode {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("episode must end after it starts: " + start + " .. " + end);
        }
    }

    public boolean covers(LocalDateTime at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Fraction of the episode elapsed at the given time, 0 before the start and 1 after the end. */
    public double progress(LocalDateTime at) {
        double elapsed = Duration.between(start, at).toMillis();
        return Math.max(0, Math.min(1, elapsed / duration().toMillis()));
    }
}
