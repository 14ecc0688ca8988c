package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.TrendFinding;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Least-squares line of a metric over time, updated one reading at a time (O(1)), with the slope's standard error,
 * its 95 % confidence interval and the time until the line reaches an upper threshold.
 */
public class TrendEstimator {

    private static final double SECONDS_PER_DAY = 86_400;

    private final double threshold;
    private final PairedMoments moments = new PairedMoments();
    private long originSecond;
    private double lastDay;

    /** @param threshold the upper limit whose crossing time is forecast, e.g. a critical limit */
    public TrendEstimator(double threshold) {
        this.threshold = threshold;
    }

    /** Adds a value at a UTC timestamp; time is measured in days since the first value. */
    public void add(LocalDateTime timestamp, double value) {
        if (Double.isNaN(value)) {
            return;
        }
        long second = timestamp.toEpochSecond(ZoneOffset.UTC);
        if (moments.n() == 0) {
            originSecond = second;
        }
        lastDay = (second - originSecond) / SECONDS_PER_DAY;
        moments.add(lastDay, value);
    }

    /** b = Stv / Stt, in the metric's unit per day. */
    public double slopePerDay() {
        return moments.sxx() > 0 ? moments.sxy() / moments.sxx() : 0;
    }

    /** se(b) = sqrt(SSE / (n - 2) / Stt) with SSE = Svv - b Stv. */
    public double standardError() {
        double residuals = Math.max(0, moments.syy() - slopePerDay() * moments.sxy());
        return Math.sqrt(residuals / (moments.n() - 2) / moments.sxx());
    }

    /**
     * The trend: slope, CI b +- t(0.975, n - 2) se (1.96 beyond 30 degrees of freedom), significant when the interval
     * excludes 0; days to threshold only when significant and rising: (threshold - fitted now) / b, 0 if already there.
     */
    public TrendFinding finding() {
        long n = moments.n();
        if (n < 3 || moments.sxx() <= 0) {
            return new TrendFinding(n, 0, 0, 0, false, threshold, null, "insufficient data");
        }
        double slope = slopePerDay();
        double margin = StudentT.critical95(n - 2) * standardError();
        double low = slope - margin;
        double high = slope + margin;
        boolean significant = low > 0 || high < 0;
        if (!significant) {
            return new TrendFinding(n, slope, low, high, false, threshold, null, "no trend detected");
        }
        String verdict = slope > 0 ? "rising trend" : "falling trend";
        return new TrendFinding(n, slope, low, high, true, threshold, daysToThreshold(slope), verdict);
    }

    private Double daysToThreshold(double slope) {
        if (slope <= 0) {
            return null;
        }
        double fittedNow = moments.meanY() + slope * (lastDay - moments.meanX());
        return Math.max(0, (threshold - fittedNow) / slope);
    }
}
