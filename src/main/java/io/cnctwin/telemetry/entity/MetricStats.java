package io.cnctwin.telemetry.entity;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * One metric over one time bucket: how many readings measured it, and their minimum, mean and maximum. A metric that
 * no reading of the bucket measured has count 0 and null statistics, never 0.
 */
public record MetricStats(long count, @JsonbNillable Double min, @JsonbNillable Double avg,
                          @JsonbNillable Double max) {

    /** The statistics of {@code count} values; null ones when there are none (the sums of nothing are undefined). */
    public static MetricStats of(long count, double min, double avg, double max) {
        return count == 0 ? new MetricStats(0, null, null, null) : new MetricStats(count, min, avg, max);
    }
}
