package io.cnctwin.timeline.entity;

import io.cnctwin.machine.entity.MachineStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One machine's states over [from, to) of data time: the intervals in order (they cover the range without overlap),
 * the minutes per state (every state present, 0 when absent) and the longest stops, longest first.
 */
public record MachineTimeline(int machineId, Instant from, Instant to, List<StateInterval> intervals,
                              Map<MachineStatus, Double> minutes, List<Stop> longestStops) {
}
