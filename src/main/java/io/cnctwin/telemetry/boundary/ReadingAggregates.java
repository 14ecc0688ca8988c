package io.cnctwin.telemetry.boundary;

import io.cnctwin.telemetry.entity.AggregateBucket;
import io.cnctwin.telemetry.entity.MetricStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Count, minimum, mean and maximum of chosen metrics per time bucket of one machine, computed by the database.
 * Buckets are FLOOR(epoch seconds / bucket seconds), aligned to 1970-01-01T00:00Z. The SQL runs unchanged on H2 2.2
 * and PostgreSQL 14+; only column names from {@link #METRICS} are ever written into it, every value is a parameter.
 */
public final class ReadingAggregates {

    /** The metrics a client may aggregate; each is named as its column. */
    public static final List<String> METRICS = List.of("temperature_c", "vibration_hz", "power_consumption_kw",
            "network_latency_ms", "packet_loss_pct", "defect_rate_pct", "production_speed_units_per_hr",
            "maintenance_score", "error_rate_pct", "efficiency_score", "risk_score", "failure_probability",
            "health_index");

    private ReadingAggregates() {
    }

    /** The metrics of a comma-separated list, in its order without repeats; all of them when blank. */
    public static List<String> metrics(String list) {
        if (list == null || list.isBlank()) {
            return METRICS;
        }
        List<String> chosen = Arrays.stream(list.split(",")).map(String::strip).filter(m -> !m.isEmpty())
                .distinct().toList();
        List<String> unknown = chosen.stream().filter(m -> !METRICS.contains(m)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown metric(s) " + unknown + "; choose from " + METRICS);
        }
        return chosen;
    }

    /**
     * The query; parameters: bucket seconds, machine id, from (inclusive), to (exclusive). The bucket is computed in
     * a derived table so that GROUP BY names a column, not an expression with a parameter (PostgreSQL would not
     * match two parameters as the same expression).
     */
    public static String sql(List<String> metrics) {
        StringBuilder select = new StringBuilder("SELECT b");
        StringBuilder inner = new StringBuilder();
        for (String metric : metrics) {
            String column = column(metric);
            select.append(", COUNT(").append(column).append("), MIN(").append(column).append("), AVG(")
                    .append(column).append("), MAX(").append(column).append(')');
            inner.append(", ").append(column);
        }
        return select + " FROM (SELECT FLOOR(EXTRACT(EPOCH FROM ts) / CAST(? AS BIGINT)) AS b" + inner
                + " FROM sensor_readings WHERE machine_id = ? AND ts >= ? AND ts < ?) r GROUP BY b ORDER BY b";
    }

    /** Runs {@link #sql} on {@code connection}; buckets without readings are left out. */
    public static List<AggregateBucket> query(Connection connection, int machineId, LocalDateTime from,
                                              LocalDateTime to, long bucketSeconds, List<String> metrics)
            throws SQLException {
        return query(connection, machineId, from, to, bucketSeconds, metrics, 0);
    }

    /** As above, cancelled by the database after {@code timeoutSeconds} (0: no limit). */
    public static List<AggregateBucket> query(Connection connection, int machineId, LocalDateTime from,
                                              LocalDateTime to, long bucketSeconds, List<String> metrics,
                                              int timeoutSeconds) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql(metrics))) {
            query.setQueryTimeout(timeoutSeconds);
            query.setLong(1, bucketSeconds);
            query.setInt(2, machineId);
            query.setObject(3, from);
            query.setObject(4, to);
            try (ResultSet rows = query.executeQuery()) {
                List<AggregateBucket> buckets = new ArrayList<>();
                while (rows.next()) {
                    buckets.add(bucket(rows, bucketSeconds, metrics));
                }
                return buckets;
            }
        }
    }

    private static AggregateBucket bucket(ResultSet row, long bucketSeconds, List<String> metrics) throws SQLException {
        Map<String, MetricStats> stats = new LinkedHashMap<>();
        for (int i = 0; i < metrics.size(); i++) {
            int at = 2 + 4 * i;
            // COUNT skips NULLs: a metric no reading of the bucket measured has count 0 and no statistics
            stats.put(metrics.get(i), MetricStats.of(row.getLong(at), row.getDouble(at + 1), row.getDouble(at + 2),
                    row.getDouble(at + 3)));
        }
        return new AggregateBucket(Instant.ofEpochSecond(row.getLong(1) * bucketSeconds), stats);
    }

    private static String column(String metric) {
        if (!METRICS.contains(metric)) {
            throw new IllegalArgumentException("unknown metric " + metric);
        }
        return metric;
    }
}
