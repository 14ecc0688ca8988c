package io.cnctwin.reading.entity;

import java.time.LocalDateTime;

/**
 * One sensor row of one machine, as the data set defines it. {@code timestamp} is UTC.
 * {@code efficiencyLabel} is the source's own label and may be null (some variants of the file have none).
 */
public record Reading(
        int machineId,
        LocalDateTime timestamp,
        OperationMode mode,
        double temperatureC,
        double vibrationHz,
        double powerKw,
        double latencyMs,
        double packetLossPct,
        double defectRatePct,
        double productionSpeed,
        double maintenanceScore,
        double errorRatePct,
        EfficiencyStatus efficiencyLabel) {
}
