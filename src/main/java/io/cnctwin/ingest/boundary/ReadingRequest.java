package io.cnctwin.ingest.boundary;

import io.cnctwin.reading.boundary.RowRejectedException;
import io.cnctwin.reading.boundary.Timestamps;
import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One posted reading. {@code timestamp} is ISO-8601 (UTC when it has no offset); {@code operationMode} Active, Idle
 * or Maintenance; {@code efficiencyStatus} (High, Medium, Low) and {@code machineId} (then it must be the path's)
 * are optional. The ranges are {@link io.cnctwin.reading.boundary.ReadingValidator}'s physical bounds.
 */
public record ReadingRequest(
        Integer machineId,
        @NotBlank(message = "is required") String timestamp,
        @NotBlank(message = "is required") String operationMode,
        @NotNull(message = "is required") @DecimalMin("-40") @DecimalMax("250") Double temperatureC,
        @NotNull(message = "is required") @DecimalMin("0") @DecimalMax("1000") Double vibrationHz,
        @NotNull(message = "is required") @DecimalMin("0") @DecimalMax("1000") Double powerKw,
        @NotNull(message = "is required") @DecimalMin("0") @DecimalMax("60000") Double latencyMs,
        @NotNull(message = "is required") @DecimalMin("0") @DecimalMax("100") Double packetLossPct,
        @NotNull(message = "is required") @DecimalMin("0") @DecimalMax("100") Double defectRatePct,
        @NotNull(message = "is required") @DecimalMin("0") @DecimalMax("100000") Double productionSpeed,
        @NotNull(message = "is required") @DecimalMin("0") @DecimalMax("1") Double maintenanceScore,
        @NotNull(message = "is required") @DecimalMin("0") @DecimalMax("100") Double errorRatePct,
        String efficiencyStatus) {

    /** The reading of machine {@code pathMachineId} unless the body names its own; the reason if a label is wrong. */
    public Reading toReading(int pathMachineId) throws RowRejectedException {
        try {
            return new Reading(machineId == null ? pathMachineId : machineId, Timestamps.parse(timestamp),
                    OperationMode.fromLabel(operationMode), temperatureC, vibrationHz, powerKw, latencyMs,
                    packetLossPct, defectRatePct, productionSpeed, maintenanceScore, errorRatePct,
                    efficiencyStatus == null || efficiencyStatus.isBlank() ? null
                            : EfficiencyStatus.fromLabel(efficiencyStatus));
        } catch (IllegalArgumentException e) {
            throw new RowRejectedException(e.getMessage());
        }
    }
}
