package io.cnctwin.analytics.entity;

import io.cnctwin.machine.entity.MachineStatus;
import java.time.LocalDateTime;

/** What the in-memory twin of one machine knows: status, latest reading time and indicators, analytics, OEE. */
public record TwinState(int machineId, MachineStatus status, LocalDateTime lastReading, Indicators indicators,
                        MachineAnalyticsSnapshot snapshot, Oee oee) {
}
