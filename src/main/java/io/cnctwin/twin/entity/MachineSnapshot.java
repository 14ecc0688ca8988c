package io.cnctwin.twin.entity;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.MachineAnalyticsSnapshot;
import io.cnctwin.analytics.entity.Oee;
import io.cnctwin.machine.entity.MachineStatus;
import java.time.LocalDateTime;

/** What the in-memory twin of one machine knows: status, latest reading time and indicators, analytics, OEE. */
public record MachineSnapshot(int machineId, MachineStatus status, LocalDateTime lastReading, Indicators indicators,
                        MachineAnalyticsSnapshot snapshot, Oee oee) {
}
