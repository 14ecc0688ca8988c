package io.cnctwin.analytics.entity;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * One machine's place in the maintenance ranking (1 = first): its failure probability, the days until its
 * vibration trend reaches the critical limit ({@code null} without a significant rising trend) and why, in words.
 */
@JsonbNillable // undefined figures appear as null rather than vanish
public record MaintenancePriority(int rank, int machineId, double failureProbability, Double daysToThreshold,
                                  String reason) {
}
