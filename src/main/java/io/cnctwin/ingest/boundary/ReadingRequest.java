package io.cnctwin.ingest.boundary;

import io.cnctwin.reading.boundary.RowRejectedException;
import io.cnctwin.reading.boundary.Timestamps;
import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import static io.cnctwin.reading.entity.Reading.orMissing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;

/**
 * One posted reading. {@code timestamp} is ISO-8601 (UTC when it has no offset); {@code operationMode} Active, Idle
 * or Maintenance; {@code efficiencyStatus} (High, Medium, Low) and {@code machineId} (then it must be the path's)
 * are optional. A measured value left out or sent as null was not measured ({@link Reading#MISSING}): only
 * {@code timestamp} and {@code operationMode} are required (the machine is the path's). The ranges are
 * {@link io.cnctwin.reading.boundary.ReadingValidator}'s physical bounds.
 */
public record ReadingRequest(
        Integer machineId,
        @NotBlank(message = "is required") String timestamp,
        @NotBlank(message = "is required") String operationMode,
        @DecimalMin("-40") @DecimalMax("250") Double temperatureC,
        @DecimalMin("0") @DecimalMax("1000") Double vibrationHz,
        @DecimalMin("0") @DecimalMax("1000") Double powerKw,
        @DecimalMin("0") @DecimalMax("60000") Double latencyMs,
        @DecimalMin("0") @DecimalMax("100") Double packetLossPct,
        @DecimalMin("0") @DecimalMax("100") Double defectRatePct,
        @DecimalMin("0") @DecimalMax("100000") Double productionSpeed,
        @DecimalMin("0") @DecimalMax("1") Double maintenanceScore,
        @DecimalMin("0") @DecimalMax("100") Double errorRatePct,
        String efficiencyStatus) {

    /** The reading of machine {@code pathMachineId} unless the body names its own; the reason if a label is wrong. */
    public Reading toReading(int pathMachineId) throws RowRejectedException {
        try {
            return new Reading(machineId == null ? pathMachineId : machineId, Timestamps.parse(timestamp),
                    OperationMode.fromLabel(operationMode), measured("temperatureC", temperatureC),
                    measured("vibrationHz", vibrationHz), measured("powerKw", powerKw),
                    measured("latencyMs", latencyMs), measured("packetLossPct", packetLossPct),
                    measured("defectRatePct", defectRatePct), measured("productionSpeed", productionSpeed),
                    measured("maintenanceScore", maintenanceScore), measured("errorRatePct", errorRatePct),
                    efficiencyStatus == null || efficiencyStatus.isBlank() ? null
                            : EfficiencyStatus.fromLabel(efficiencyStatus));
        } catch (IllegalArgumentException e) {
            throw new RowRejectedException(e.getMessage());
        }
    }

    /** Null is not measured; a "NaN" or "Infinity" sent as a value is a bad value, not a missing one. */
    private static double measured(String field, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " " + value + " is not a finite number");
        }
        return orMissing(value);
    }
}
