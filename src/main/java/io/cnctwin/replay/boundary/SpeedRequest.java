package io.cnctwin.replay.boundary;

import io.cnctwin.replay.control.InvalidTwinRequest;
import io.cnctwin.replay.entity.ReplayPace;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The replay's pace, one of three: {@code pace: "step"} (each tick takes the next data instant of the whole fleet, the
 * default), {@code factor} (data time x factor of wall time: 1 is real time, at most 10,000) or {@code rowsPerTick}
 * (that many rows each tick, whatever their data time; for scripts and catch-up).
 */
@Schema(description = "Exactly one of pace (\"step\"), factor or rowsPerTick")
public record SpeedRequest(
        @Schema(description = "Rows per tick, whatever their data time", minimum = "1", maximum = "100000")
        @Min(value = 1, message = "must be at least 1") @Max(value = 100_000, message = "must be at most 100000")
        Long rowsPerTick,
        @Schema(description = "Data time per wall time: 1 = real time, 60 = an hour of data per minute", minimum = "1",
                maximum = "10000")
        @DecimalMin(value = "1", message = "must be at least 1 (real time)")
        @DecimalMax(value = "10000", message = "must be at most 10000")
        Double factor,
        @Schema(description = "\"step\": each tick takes the next data instant of the whole fleet", enumeration = "step")
        @Pattern(regexp = "step", message = "must be \"step\"")
        String pace) {

    /** The pace asked for; a bad request unless exactly one of the three is given. */
    public ReplayPace toPace() {
        int given = (rowsPerTick != null ? 1 : 0) + (factor != null ? 1 : 0) + (pace != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidTwinRequest("give exactly one of pace (\"step\"), factor or rowsPerTick");
        }
        if (rowsPerTick != null) {
            return ReplayPace.rows(rowsPerTick);
        }
        return factor != null ? ReplayPace.factor(factor) : ReplayPace.step();
    }
}
