package io.cnctwin.analytics.entity;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * One machine's place in the maintenance ranking (1 = first): its failure probability, the days until its
 * vibration trend reaches the critical limit ({@code null} without a significant rising trend) and why, in words;
 * the probability is P(failure within {@code failureHorizon}), with the 4-hour one, the status (OK or
 * INSUFFICIENT_DATA) and the factors (log-odds contributions) behind it.
 */
@JsonbNillable // undefined figures appear as null rather than vanish
public record MaintenancePriority(int rank, int machineId, double failureProbability, Double daysToThreshold,
                                  String reason, String failureHorizon, Double failureProbability4h,
                                  String failureStatus, java.util.List<Factor> failureFactors) {

    /** Without the horizon, the 4-hour probability, the status and the factors. */
    public MaintenancePriority(int rank, int machineId, double failureProbability, Double daysToThreshold, String reason) {
        this(rank, machineId, failureProbability, daysToThreshold, reason, "PT24H", null, null, java.util.List.of());
    }
}
