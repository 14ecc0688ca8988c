package io.cnctwin.replay.boundary;

import io.cnctwin.platform.boundary.Problem;
import io.cnctwin.simulation.entity.FaultKind;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/** A fault to play on one machine of the live simulation for a duration (ISO-8601, e.g. PT30M). */
public record ScenarioRequest(
        @Min(value = 1, message = "must be a machine id (1 or more)") int machineId,
        @NotNull(message = "is required: OVERHEAT, TOOL_WEAR, POWER_SPIKE, POWER_DROP, NETWORK_CONGESTION or SENSOR_DRIFT") FaultKind kind,
        @NotBlank(message = "is required, e.g. PT30M") String duration) {

    static final Duration LONGEST = Duration.ofDays(7);

    /** The duration; 400 problem unless it is an ISO-8601 duration, positive and at most {@link #LONGEST}. */
    Duration checkedDuration() {
        try {
            Duration parsed = Duration.parse(duration);
            if (parsed.isNegative() || parsed.isZero() || parsed.compareTo(LONGEST) > 0) {
                throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST,
                        "duration must be positive and at most " + LONGEST));
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new WebApplicationException(Problem.response(Response.Status.BAD_REQUEST,
                    "duration '" + duration + "' is not an ISO-8601 duration such as PT30M"));
        }
    }
}
