package io.cnctwin.analytics.entity;

import io.cnctwin.machine.entity.MachineStatus;
import java.time.Instant;

/** One machine in the fleet's risk ranking, from its latest indicators. */
public record MachineRisk(int machineId, MachineStatus status, RiskLevel riskLevel, double riskScore,
                          double failureProbability, double healthIndex, Instant lastReading) {
}
