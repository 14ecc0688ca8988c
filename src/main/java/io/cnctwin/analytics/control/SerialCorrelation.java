package io.cnctwin.analytics.control;

import java.util.HashMap;
import java.util.Map;

/**
 * Lag-1 autocorrelation of a finite metric, r1 = sum (v_t - m)(v_(t-1) - m) / sum (v_t - m)^2, updated one value at
 * a time (O(1)). Values may come from several series (machines) interleaved: a lag pair is only ever formed within one
 * series, and m is the pooled mean, as in the pooled correlations. Sums are kept about the first value seen, which
 * keeps them small enough that the raw-sum formulas do not cancel.
 */
final class SerialCorrelation {

    // the last value of the only series seen so far (no boxing for one machine's analytics)
    private boolean single = true;
    private int singleSeries;
    private double singlePrevious = Double.NaN;
    // the last value of every series, once a second series appears (pooled correlations)
    private final Map<Integer, Double> previous = new HashMap<>();
    private boolean started;
    private double origin;
    private long n;
    private double sum;
    private double sumSquares;
    private long pairs;
    private double sumProducts;
    private double sumCurrent;
    private double sumPrevious;

    void add(int series, double value) {
        if (!started) {
            origin = value;
            started = true;
        }
        double v = value - origin;
        n++;
        sum += v;
        sumSquares += v * v;
        double before = previous(series, v);
        if (!Double.isNaN(before)) {
            pairs++;
            sumProducts += v * before;
            sumCurrent += v;
            sumPrevious += before;
        }
    }

    /** Records v as the series' last value and returns the one before (NaN for the series' first value). */
    private double previous(int series, double v) {
        if (single && (Double.isNaN(singlePrevious) || series == singleSeries)) {
            double before = singlePrevious;
            singleSeries = series;
            singlePrevious = v;
            return before;
        }
        if (single) {
            single = false;
            previous.put(singleSeries, singlePrevious);
        }
        Double before = previous.put(series, v);
        return before == null ? Double.NaN : before;
    }

    long n() {
        return n;
    }

    /** r1 in [-1, 1]; 0 while undefined (fewer than 3 values, no lag pair or a constant metric). */
    double r1() {
        if (n < 3 || pairs == 0) {
            return 0;
        }
        double mean = sum / n;
        double squares = sumSquares - n * mean * mean;
        if (!(squares > 1e-12 * sumSquares)) {
            return 0;
        }
        double lagged = sumProducts - mean * (sumCurrent + sumPrevious) + pairs * mean * mean;
        return Math.max(-1, Math.min(1, lagged / squares));
    }
}
