package io.cnctwin.analytics.entity;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * The error rate over a period: readings, mean, min and max (percent; {@code null} without readings), and the share
 * of readings above the warning limit and above the critical limit (percent).
 */
@JsonbNillable // undefined figures appear as null rather than vanish
public record ErrorRateSummary(long n, Double meanPct, Double minPct, Double maxPct, double warningLimitPct,
                               double aboveWarningSharePct, double criticalLimitPct, double aboveCriticalSharePct) {
}
