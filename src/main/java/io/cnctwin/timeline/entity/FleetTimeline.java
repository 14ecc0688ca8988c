package io.cnctwin.timeline.entity;

import io.cnctwin.machine.entity.MachineStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every machine's timeline over one range of data time, and the fleet's minutes per state (machine-minutes summed).
 * {@code offlineGapSeconds}: no reading for longer than this is OFFLINE.
 */
public record FleetTimeline(Instant from, Instant to, long offlineGapSeconds, List<MachineTimeline> machines,
                            Map<MachineStatus, Double> minutes) {
}
