package io.cnctwin.telemetry.entity;

import java.time.Instant;
import java.util.Map;

/** The statistics of each requested metric over the bucket starting at {@code start} (UTC, aligned to the epoch). */
public record AggregateBucket(Instant start, Map<String, MetricStats> metrics) {
}
