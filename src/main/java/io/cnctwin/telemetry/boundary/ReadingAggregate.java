package io.cnctwin.telemetry.boundary;

import io.cnctwin.telemetry.entity.AggregateBucket;
import java.time.Instant;
import java.util.List;

/** Aggregates of one machine over [from, to): the bucket width used (ISO-8601), the metrics, the non-empty buckets. */
public record ReadingAggregate(int machineId, Instant from, Instant to, String bucket, List<String> metrics,
                               List<AggregateBucket> buckets) {
}
