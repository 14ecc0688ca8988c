package io.cnctwin.twin.boundary;

import io.cnctwin.simulation.entity.FaultKind;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A fault to play on one machine of the live simulation for a duration (ISO-8601, e.g. PT30M). */
public record ScenarioRequest(
        @Min(value = 1, message = "must be a machine id (1 or more)") int machineId,
        @NotNull(message = "is required: OVERHEAT, TOOL_WEAR, POWER_SPIKE, POWER_DROP, NETWORK_CONGESTION or SENSOR_DRIFT") FaultKind kind,
        @NotBlank(message = "is required, e.g. PT30M") String duration) {
}
