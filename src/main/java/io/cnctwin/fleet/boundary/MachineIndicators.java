package io.cnctwin.fleet.boundary;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.machine.entity.MachineStatus;
import java.time.Instant;

/** A machine's latest indicators with all their factors, the time of the reading they come from and its status. */
public record MachineIndicators(int machineId, Instant timestamp, MachineStatus status, Indicators indicators) {
}
