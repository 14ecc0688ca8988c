package io.cnctwin.alert.boundary;

import io.cnctwin.alert.entity.Comparison;
import io.cnctwin.alert.entity.RuleSettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * A new rule: fleet-wide when machineId is absent, else an override for that machine. enabled defaults to true;
 * raiseAfterMinutes and clearAfterMinutes (holds in data time, docs/alert-messages.md) to the fleet defaults.
 */
public record CreateRuleRequest(
        @NotBlank(message = "is required") String metric,
        @Min(value = 1, message = "must be a machine id (1 or more)") Integer machineId,
        @NotNull(message = "is required") @Pattern(regexp = "(?i)ABOVE|BELOW", message = "must be ABOVE or BELOW") String comparison,
        @NotNull(message = "is required") Double warningThreshold,
        @NotNull(message = "is required") Double criticalThreshold,
        @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 1000")
        @Max(value = 1000, message = "must be 1 to 1000") Integer consecutiveCount,
        @NotNull(message = "is required") @PositiveOrZero(message = "must be zero or more") Double hysteresis,
        Boolean enabled,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String description,
        @DecimalMin(value = "0", message = "must be 0 to 1440 minutes") @DecimalMax(value = "1440", message = "must be 0 to 1440 minutes") Double raiseAfterMinutes,
        @DecimalMin(value = "0", message = "must be 0 to 1440 minutes") @DecimalMax(value = "1440", message = "must be 0 to 1440 minutes") Double clearAfterMinutes) {

    RuleSettings settings() {
        return new RuleSettings(Comparison.valueOf(comparison.toUpperCase(Locale.ROOT)), warningThreshold, criticalThreshold,
                consecutiveCount, hysteresis, enabled == null || enabled, description.strip(), raiseAfterMinutes,
                clearAfterMinutes);
    }
}
