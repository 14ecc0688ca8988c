package io.cnctwin.analytics.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * One machine's place in the maintenance ranking (1 = first): its failure probability, the days until its
 * vibration trend reaches the critical limit ({@code null} without a significant rising trend) and why, in words.
 * {@code daysToThresholdLow}..{@code daysToThresholdHigh} is that time's 95 % interval (Fieller's, from the
 * trend line's confidence band), present with {@code daysToThreshold}; the trend is that of the Active readings of
 * the current tool life. The probability is P(failure within {@code failureHorizon}), with the 4-hour one, the
 * status (OK or INSUFFICIENT_DATA) and the factors (log-odds contributions) behind it.
 */
@JsonbNillable // undefined figures appear as null rather than vanish
public record MaintenancePriority(int rank, int machineId, double failureProbability, Double daysToThreshold,
                                  String reason, Double daysToThresholdLow, Double daysToThresholdHigh,
                                  String failureHorizon, Double failureProbability4h, String failureStatus,
                                  List<Factor> failureFactors) {

    /** Without the interval, the horizon, the 4-hour probability, the status and the factors. */
    public MaintenancePriority(int rank, int machineId, double failureProbability, Double daysToThreshold,
                               String reason) {
        this(rank, machineId, failureProbability, daysToThreshold, reason, null, null, "PT24H", null, null, List.of());
    }
}
