package io.cnctwin.replay.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Rows replayed per tick: 1 is real time, more catches up. */
public record SpeedRequest(@Min(value = 1, message = "must be at least 1") @Max(value = 100_000, message = "must be at most 100000") long rowsPerTick) {
}
