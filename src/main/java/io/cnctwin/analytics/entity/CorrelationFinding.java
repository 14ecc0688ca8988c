package io.cnctwin.analytics.entity;

/**
 * Pearson correlation of two metrics over n readings, its two-sided p-value, a verdict at alpha 0.01
 * ("significant", "not significant" or "insufficient data") and Cohen's effect size of |r|
 * ("negligible" &lt; 0.1, "small" &lt; 0.3, "medium" &lt; 0.5, "large").
 */
public record CorrelationFinding(double r, long n, double pValue, String verdict, String effect) {
}
