package io.cnctwin.analytics.entity;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * A least-squares trend of one metric over time: slope per day with its 95 % confidence interval,
 * whether the slope is significant (the interval excludes 0), and, only when it is significant and rising,
 * the days until the fitted line reaches {@code threshold} ({@code null} otherwise).
 * {@code verdict} is "rising trend", "falling trend", "no trend detected" or "insufficient data".
 */
@JsonbNillable // undefined figures appear as null rather than vanish
public record TrendFinding(
        long n,
        double slopePerDay,
        double ciLowPerDay,
        double ciHighPerDay,
        boolean significant,
        double threshold,
        Double daysToThreshold,
        String verdict) {
}
