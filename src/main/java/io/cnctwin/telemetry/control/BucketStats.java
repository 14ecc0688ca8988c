package io.cnctwin.telemetry.control;

import java.util.Arrays;

/**
 * Count, minimum, maximum and sum of several metrics (by index) over one time bucket. Adding readings one by one and
 * merging partial buckets give the same count, minimum and maximum; the sum differs only by floating-point rounding
 * (the order of the additions).
 */
public final class BucketStats {

    private final long[] counts;
    private final double[] min;
    private final double[] max;
    private final double[] sum;

    public BucketStats(int metrics) {
        counts = new long[metrics];
        min = new double[metrics];
        max = new double[metrics];
        sum = new double[metrics];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    /** One reading: {@code values[i]} is metric i. */
    public void add(double[] values) {
        for (int i = 0; i < values.length; i++) {
            add(i, 1, values[i], values[i], values[i]);
        }
    }

    /** A part of the bucket already summed up: {@code count} values of metric {@code metric}. */
    public void add(int metric, long count, double partMin, double partMax, double partSum) {
        if (count == 0) {
            return;
        }
        counts[metric] += count;
        min[metric] = Math.min(min[metric], partMin);
        max[metric] = Math.max(max[metric], partMax);
        sum[metric] += partSum;
    }

    public long count(int metric) {
        return counts[metric];
    }

    public double min(int metric) {
        return min[metric];
    }

    public double max(int metric) {
        return max[metric];
    }

    public double sum(int metric) {
        return sum[metric];
    }

    public double avg(int metric) {
        return sum[metric] / counts[metric];
    }
}
