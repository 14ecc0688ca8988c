package io.cnctwin.replay.control;

import java.time.Duration;
import java.time.LocalDateTime;

/** How the live simulation is set up: fleet size, seed, the data time it starts at (UTC) and its sampling step. */
public record SimulationSettings(int machines, long seed, LocalDateTime origin, Duration step) {
}
