package io.cnctwin.analytics.entity;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * One machine's place in the maintenance ranking (1 = first): its failure probability, the days until its
 * vibration trend reaches the critical limit ({@code null} without a significant rising trend) and why, in words.
 * {@code daysToThresholdLow}..{@code daysToThresholdHigh} is that time's 95 % interval (Fieller's, from the
 * trend line's confidence band), present with {@code daysToThreshold}; the trend is that of the Active readings of
 * the current tool life.
 */
@JsonbNillable // undefined figures appear as null rather than vanish
public record MaintenancePriority(int rank, int machineId, double failureProbability, Double daysToThreshold,
                                  String reason, Double daysToThresholdLow, Double daysToThresholdHigh) {

    /** A priority without an interval on the time to threshold. */
    public MaintenancePriority(int rank, int machineId, double failureProbability, Double daysToThreshold,
                               String reason) {
        this(rank, machineId, failureProbability, daysToThreshold, reason, null, null);
    }
}
