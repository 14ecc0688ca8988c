package io.cnctwin.telemetry.boundary;

import io.cnctwin.telemetry.control.BucketStats;
import io.cnctwin.telemetry.control.RollupPlan;
import io.cnctwin.telemetry.control.RollupPlan.Segment;
import io.cnctwin.telemetry.entity.AggregateBucket;
import io.cnctwin.telemetry.entity.MetricStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The aggregates of {@link ReadingAggregates}, read from the rollups where they cover the range: the whole buckets of
 * the coarsest rollup width that divides the bucket asked for, the edges from finer rollups, and what is left (less
 * than a minute at each end, or everything for a width no rollup divides) from the raw rows. Counts, minima and maxima
 * equal those of the raw rows; means differ only by floating-point rounding (sums added in another order).
 */
public final class RollupAggregates {

    private RollupAggregates() {
    }

    /** As {@link ReadingAggregates#query}: buckets of {@code bucketSeconds} in [from, to), empty ones left out. */
    public static List<AggregateBucket> query(Connection connection, int machineId, LocalDateTime from,
                                              LocalDateTime to, long bucketSeconds, List<String> metrics)
            throws SQLException {
        return query(connection, machineId, from, to, bucketSeconds, metrics, 0);
    }

    /** As above, each statement cancelled by the database after {@code timeoutSeconds} (0: no limit). */
    public static List<AggregateBucket> query(Connection connection, int machineId, LocalDateTime from,
                                              LocalDateTime to, long bucketSeconds, List<String> metrics,
                                              int timeoutSeconds) throws SQLException {
        Map<Long, BucketStats> buckets = new TreeMap<>();
        for (Segment segment : RollupPlan.plan(from, to, bucketSeconds, RollupWriter.WIDTHS)) {
            if (segment.width() == RollupPlan.RAW) {
                raw(connection, machineId, segment, bucketSeconds, metrics, buckets, timeoutSeconds);
            } else {
                rollup(connection, machineId, segment, bucketSeconds, metrics, buckets, timeoutSeconds);
            }
        }
        List<AggregateBucket> result = new ArrayList<>(buckets.size());
        buckets.forEach((index, stats) -> result.add(bucket(index * bucketSeconds, stats, metrics)));
        return result;
    }

    static String rollupSql(List<String> metrics) {
        StringBuilder select = new StringBuilder("SELECT bucket_start");
        for (String metric : metrics) {
            select.append(", ").append(column(metric)).append("_n, ").append(metric).append("_min, ").append(metric)
                    .append("_max, ").append(metric).append("_sum");
        }
        return select + " FROM reading_rollups WHERE width_s = ? AND machine_id = ? AND bucket_start >= ?"
                + " AND bucket_start < ?";
    }

    static String rawSql(List<String> metrics) {
        StringBuilder select = new StringBuilder("SELECT b");
        StringBuilder inner = new StringBuilder();
        for (String metric : metrics) {
            String column = column(metric);
            select.append(", COUNT(").append(column).append("), MIN(").append(column).append("), MAX(")
                    .append(column).append("), SUM(").append(column).append(')');
            inner.append(", ").append(column);
        }
        return select + " FROM (SELECT FLOOR(EXTRACT(EPOCH FROM ts) / CAST(? AS BIGINT)) AS b" + inner
                + " FROM sensor_readings WHERE machine_id = ? AND ts >= ? AND ts < ?) r GROUP BY b";
    }

    private static void rollup(Connection connection, int machineId, Segment segment, long bucketSeconds,
                               List<String> metrics, Map<Long, BucketStats> buckets, int timeoutSeconds)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(rollupSql(metrics))) {
            query.setQueryTimeout(timeoutSeconds);
            query.setInt(1, segment.width());
            query.setInt(2, machineId);
            query.setLong(3, segment.fromEpoch());
            query.setLong(4, segment.toEpoch());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long index = Math.floorDiv(rows.getLong(1), bucketSeconds);
                    BucketStats stats = buckets.computeIfAbsent(index, i -> new BucketStats(metrics.size()));
                    for (int m = 0; m < metrics.size(); m++) {
                        // each metric's own count (V13): a bucket's values not measured are not in it
                        int at = 2 + 4 * m;
                        stats.add(m, rows.getLong(at), rows.getDouble(at + 1), rows.getDouble(at + 2),
                                rows.getDouble(at + 3));
                    }
                }
            }
        }
    }

    private static void raw(Connection connection, int machineId, Segment segment, long bucketSeconds,
                            List<String> metrics, Map<Long, BucketStats> buckets, int timeoutSeconds)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(rawSql(metrics))) {
            query.setQueryTimeout(timeoutSeconds);
            query.setLong(1, bucketSeconds);
            query.setInt(2, machineId);
            query.setObject(3, segment.from());
            query.setObject(4, segment.to());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    BucketStats stats = buckets.computeIfAbsent(rows.getLong(1), i -> new BucketStats(metrics.size()));
                    for (int m = 0; m < metrics.size(); m++) {
                        int at = 2 + 4 * m;
                        stats.add(m, rows.getLong(at), rows.getDouble(at + 1), rows.getDouble(at + 2),
                                rows.getDouble(at + 3));
                    }
                }
            }
        }
    }

    private static AggregateBucket bucket(long startSecond, BucketStats stats, List<String> metrics) {
        Map<String, MetricStats> values = new LinkedHashMap<>();
        for (int m = 0; m < metrics.size(); m++) {
            values.put(metrics.get(m), MetricStats.of(stats.count(m), stats.min(m), stats.avg(m), stats.max(m)));
        }
        return new AggregateBucket(Instant.ofEpochSecond(startSecond), values);
    }

    private static String column(String metric) {
        if (!ReadingAggregates.METRICS.contains(metric)) {
            throw new IllegalArgumentException("unknown metric " + metric);
        }
        return metric;
    }
}
