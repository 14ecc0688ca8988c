package io.cnctwin.analytics.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * A least-squares trend of one metric over time: slope per day with its 95 % confidence interval,
 * whether the slope is significant (the interval excludes 0), and, only when it is significant and rising,
 * the days until the fitted line reaches {@code threshold} ({@code null} otherwise).
 * {@code verdict} is "rising trend", "falling trend", "no trend detected" or "insufficient data".
 * <p>
 * Added for autocorrelated readings (see docs/statistics.md): {@code effectiveN} = n (1 - phi) / (1 + phi), where
 * {@code residualLag1} (phi) is the lag-1 autocorrelation of the residuals about the line; the interval and the
 * verdict use it. {@code daysToThresholdLow}..{@code daysToThresholdHigh} is the 95 % interval of the time to
 * threshold (Fieller's, from the line's confidence band, so slope and level are both uncertain), present with
 * {@code daysToThreshold} when the finding comes from a {@code TrendEstimator}. {@code mode} is the operation mode whose
 * readings make the trend and {@code since} the first of them (the start of the current tool life), both
 * {@code null} when the trend is over all readings.
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
        String verdict,
        double effectiveN,
        double residualLag1,
        Double daysToThresholdLow,
        Double daysToThresholdHigh,
        String mode,
        Instant since) {

    /** A trend over independent readings (effective n = n), of no particular mode or tool life. */
    public TrendFinding(long n, double slopePerDay, double ciLowPerDay, double ciHighPerDay, boolean significant,
                        double threshold, Double daysToThreshold, String verdict) {
        this(n, slopePerDay, ciLowPerDay, ciHighPerDay, significant, threshold, daysToThreshold, verdict, n, 0,
                null, null, null, null);
    }

    /** This finding, as the trend of the given mode's readings since {@code since}. */
    public TrendFinding scoped(String mode, Instant since) {
        return new TrendFinding(n, slopePerDay, ciLowPerDay, ciHighPerDay, significant, threshold, daysToThreshold,
                verdict, effectiveN, residualLag1, daysToThresholdLow, daysToThresholdHigh, mode, since);
    }
}
