package io.cnctwin.analytics.entity;

/**
 * Pearson correlation of two metrics over n readings, its two-sided p-value, a verdict at alpha 0.01
 * ("significant", "not significant" or "insufficient data") and Cohen's effect size of |r|
 * ("negligible" &lt; 0.1, "small" &lt; 0.3, "medium" &lt; 0.5, "large").
 * <p>
 * Readings taken minutes apart are not independent: the p-value is that of the t test with the effective sample size
 * {@code effectiveN} = n (1 - r1x r1y) / (1 + r1x r1y) (Bartlett's AR(1) correction, r1 the lag-1
 * autocorrelations of the two metrics), between 3 and n; see docs/statistics.md.
 */
public record CorrelationFinding(double r, long n, double pValue, String verdict, String effect, double effectiveN) {

    /** A finding whose readings count as independent (effective n = n). */
    public CorrelationFinding(double r, long n, double pValue, String verdict, String effect) {
        this(r, n, pValue, verdict, effect, n);
    }
}
