package io.cnctwin.analytics.control;

/** Exponentially weighted moving average, O(1) per value. */
public class Ewma {

    private final double lambda;
    private double value = Double.NaN;
    private long count;

    /** @param lambda weight of the newest value, 0 &lt; lambda &lt;= 1 (0.2 is the classic EWMA chart choice) */
    public Ewma(double lambda) {
        if (!(lambda > 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda must be in (0, 1], got " + lambda);
        }
        this.lambda = lambda;
    }

    /** z1 = x1, then z = lambda x + (1 - lambda) z; returns the new z. */
    public double update(double x) {
        value = count == 0 ? x : lambda * x + (1 - lambda) * value;
        count++;
        return value;
    }

    /** The current average, NaN before the first value. */
    public double value() {
        return value;
    }

    public long count() {
        return count;
    }
}
