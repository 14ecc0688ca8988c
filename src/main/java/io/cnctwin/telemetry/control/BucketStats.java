package io.cnctwin.telemetry.control;

import java.util.Arrays;

/**
 * Count, minimum, maximum and sum of several metrics (by index) over one time bucket. Adding readings one by one and
 * merging partial buckets give the same count, minimum and maximum; the sum differs only by floating-point rounding
 * (the order of the additions). A value not measured (NaN) is not counted, as SQL's aggregates skip a NULL: a metric
 * can have fewer values than the bucket has rows.
 */
public final class BucketStats {

    private long rows;
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

    /** One reading: {@code values[i]} is metric i, NaN when not measured. */
    public void add(double[] values) {
        rows++;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                add(i, 1, values[i], values[i], values[i]);
            }
        }
    }

    /** How many readings {@link #add(double[])} took, with or without values. */
    public long rows() {
        return rows;
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

    /** The mean, NaN when the metric has no value in the bucket. */
    public double avg(int metric) {
        return counts[metric] == 0 ? Double.NaN : sum[metric] / counts[metric];
    }
}
