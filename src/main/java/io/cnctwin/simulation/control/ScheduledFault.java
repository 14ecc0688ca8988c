package io.cnctwin.simulation.control;

import io.cnctwin.simulation.entity.FaultEpisode;

/** An injected episode and its severity (0..1, drawn once so the whole episode is one consistent fault). */
record ScheduledFault(FaultEpisode episode, double severity) {
}
