package io.cnctwin.analytics.control;

import java.util.HashMap;
import java.util.Map;

/**
 * Lag-1 autocorrelation of a metric, r1 = sum (v_t - m)(v_(t-1) - m) / sum (v_t - m)^2, updated one value at a time
 * (O(1)). Values may come from several series (machines) interleaved: a lag pair is only ever formed within one
 * series, and m is the pooled mean, as in the pooled correlations. Sums are kept about the first value seen, which
 * keeps them small enough that the raw-sum formulas do not cancel.
 */
final class SerialCorrelation {

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
        Double before = previous.put(series, v);
        if (before != null) {
            pairs++;
            sumProducts += v * before;
            sumCurrent += v;
            sumPrevious += before;
        }
    }

    /** Forgets the last value of every series: the next value of each starts a new stretch (no lag pair). */
    void breakSeries() {
        previous.clear();
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
        if (!(squares > 1e-12 * Math.max(1, sumSquares))) {
            return 0;
        }
        double lagged = sumProducts - mean * (sumCurrent + sumPrevious) + pairs * mean * mean;
        return Math.max(-1, Math.min(1, lagged / squares));
    }
}
