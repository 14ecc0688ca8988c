package io.cnctwin.telemetry.boundary;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.telemetry.control.BucketStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the rollups ({@code reading_rollups}, V9) in step with the readings: the rows one batch inserts are summed per
 * (width, machine, bucket) here, then added to the stored buckets by one upsert each (on PostgreSQL all in one
 * statement), on the batch's connection and so in its transaction. Only rows actually inserted are counted: the insert of a reading already stored fails on the
 * unique key and rolls the whole batch back, rollups included. Late and out-of-order rows simply add to older buckets.
 * The upserts go in key order, so two transactions touching the same buckets wait for each other instead of
 * deadlocking.
 */
public final class RollupWriter {

    /** The rollup widths kept, in seconds: 1 minute, 1 hour, 1 day. */
    public static final List<Integer> WIDTHS = List.of(60, 3_600, 86_400);

    private static final List<String> METRICS = ReadingAggregates.METRICS;
    /** Every column of a rollup row; each metric has its own count (V13): a missing value is not counted. */
    static final String COLUMNS = "width_s, machine_id, bucket_start, n, " + METRICS.stream()
            .map(m -> m + "_n, " + m + "_min, " + m + "_max, " + m + "_sum").collect(Collectors.joining(", "));

    /** The SQL type of each column of {@link #COLUMNS}, in its order. */
    private static final List<String> TYPES = Stream.concat(Stream.of("integer", "integer", "bigint", "bigint"),
            METRICS.stream().flatMap(m -> Stream.of("bigint", "float8", "float8", "float8"))).toList();

    /**
     * PostgreSQL 14 has no MERGE. The whole batch in one statement: each column's values as one array, {@code unnest}
     * makes the rows. Against the multi-row VALUES the driver rewrites a JDBC batch into (128 buckets of 56 parameters
     * a statement), it binds 56 parameters in all, parses one statement for any number of buckets and keeps its plan.
     */
    static final String POSTGRES_UPSERT = "INSERT INTO reading_rollups (" + COLUMNS + ") SELECT * FROM unnest("
            + TYPES.stream().map(type -> "?::" + type + "[]").collect(Collectors.joining(", ")) + ")"
            + " ON CONFLICT (width_s, machine_id, bucket_start) DO UPDATE SET n = reading_rollups.n + EXCLUDED.n"
            + METRICS.stream().map(m -> merge(m, "reading_rollups", "EXCLUDED")).collect(Collectors.joining());

    /** H2 has no ON CONFLICT ... DO UPDATE; the casts give the parameters of VALUES their types. */
    static final String H2_UPSERT = "MERGE INTO reading_rollups r USING (VALUES (CAST(? AS INTEGER), CAST(? AS INTEGER),"
            + " CAST(? AS BIGINT), CAST(? AS BIGINT)"
            + ", CAST(? AS BIGINT), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION)"
                    .repeat(METRICS.size())
            + ")) AS s(" + COLUMNS + ") ON r.width_s = s.width_s AND r.machine_id = s.machine_id"
            + " AND r.bucket_start = s.bucket_start WHEN MATCHED THEN UPDATE SET n = r.n + s.n"
            + METRICS.stream().map(m -> merge(m, "r", "s")).collect(Collectors.joining())
            + " WHEN NOT MATCHED THEN INSERT (" + COLUMNS + ") VALUES (" + COLUMNS.replaceAll("(\\w+)", "s.$1") + ")";

    private RollupWriter() {
    }

    /**
     * The SET clauses that add bucket {@code added} to bucket {@code stored} for one metric. Either side's min, max and
     * sum is NULL when it has no value of the metric (its count 0); the COALESCEs keep the other side's then, whether
     * the database's LEAST and GREATEST skip a NULL or return it.
     */
    private static String merge(String m, String stored, String added) {
        String a = stored + "." + m;
        String b = added + "." + m;
        return ", " + m + "_n = " + a + "_n + " + b + "_n"
                + ", " + m + "_min = COALESCE(LEAST(" + a + "_min, " + b + "_min), " + a + "_min, " + b + "_min)"
                + ", " + m + "_max = COALESCE(GREATEST(" + a + "_max, " + b + "_max), " + a + "_max, " + b + "_max)"
                + ", " + m + "_sum = COALESCE(" + a + "_sum + " + b + "_sum, " + a + "_sum, " + b + "_sum)";
    }

    /** Adds the rows just inserted on {@code connection} to their buckets of every width. */
    public static void add(Connection connection, List<ReadingWriter.Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Map<Key, BucketStats> buckets = sum(rows);
        if (postgres(connection)) {
            upsertAsArrays(connection, buckets);
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(H2_UPSERT)) {
            for (Map.Entry<Key, BucketStats> bucket : buckets.entrySet()) {
                bind(upsert, bucket.getKey(), bucket.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** PostgreSQL: every bucket in one upsert, in key order (unnest keeps the arrays' order). */
    private static void upsertAsArrays(Connection connection, Map<Key, BucketStats> buckets) throws SQLException {
        Object[][] columns = columns(buckets);
        try (PreparedStatement upsert = connection.prepareStatement(POSTGRES_UPSERT)) {
            for (int c = 0; c < columns.length; c++) {
                upsert.setArray(c + 1, connection.createArrayOf(TYPES.get(c), columns[c]));
            }
            upsert.executeUpdate();
        }
    }

    /** The buckets column by column; a metric with no value in a bucket has a NULL min, max and sum there. */
    static Object[][] columns(Map<Key, BucketStats> buckets) {
        int size = buckets.size();
        Object[][] columns = new Object[TYPES.size()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = TYPES.get(c).equals("integer") ? new Integer[size]
                    : TYPES.get(c).equals("bigint") ? new Long[size] : new Double[size];
        }
        int i = 0;
        for (Map.Entry<Key, BucketStats> bucket : buckets.entrySet()) {
            BucketStats stats = bucket.getValue();
            columns[0][i] = bucket.getKey().width();
            columns[1][i] = bucket.getKey().machineId();
            columns[2][i] = bucket.getKey().start();
            columns[3][i] = stats.rows();
            for (int m = 0, c = 4; m < METRICS.size(); m++, c += 4) {
                columns[c][i] = stats.count(m);
                if (stats.count(m) > 0) {
                    columns[c + 1][i] = stats.min(m);
                    columns[c + 2][i] = stats.max(m);
                    columns[c + 3][i] = stats.sum(m);
                }
            }
            i++;
        }
        return columns;
    }

    /** The rows summed per (width, machine, bucket start), in key order. */
    static Map<Key, BucketStats> sum(List<ReadingWriter.Row> rows) {
        Map<Key, BucketStats> buckets = new TreeMap<>(Key.ORDER);
        for (ReadingWriter.Row row : rows) {
            long second = row.reading().timestamp().toEpochSecond(ZoneOffset.UTC);
            double[] values = values(row.reading(), row.indicators());
            for (int width : WIDTHS) {
                Key key = new Key(width, row.reading().machineId(), Math.floorDiv(second, width) * width);
                buckets.computeIfAbsent(key, k -> new BucketStats(METRICS.size())).add(values);
            }
        }
        return buckets;
    }

    /** The values of {@link ReadingAggregates#METRICS}, in its order; a value not measured is NaN. */
    static double[] values(Reading r, Indicators i) {
        return new double[] {r.temperatureC(), r.vibrationHz(), r.powerKw(), r.latencyMs(), r.packetLossPct(),
            r.defectRatePct(), r.productionSpeed(), r.maintenanceScore(), r.errorRatePct(),
            Reading.orMissing(i.efficiencyScore()),
            i.riskScore(), i.failureProbability(), i.healthIndex()};
    }

    static boolean postgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    private static void bind(PreparedStatement upsert, Key key, BucketStats stats) throws SQLException {
        int p = 1;
        upsert.setInt(p++, key.width());
        upsert.setInt(p++, key.machineId());
        upsert.setLong(p++, key.start());
        upsert.setLong(p++, stats.rows());
        for (int m = 0; m < METRICS.size(); m++) {
            upsert.setLong(p++, stats.count(m));
            if (stats.count(m) == 0) {
                upsert.setNull(p++, Types.DOUBLE);
                upsert.setNull(p++, Types.DOUBLE);
                upsert.setNull(p++, Types.DOUBLE);
            } else {
                upsert.setDouble(p++, stats.min(m));
                upsert.setDouble(p++, stats.max(m));
                upsert.setDouble(p++, stats.sum(m));
            }
        }
    }

    /** One stored bucket: its width and start in seconds. */
    record Key(int width, int machineId, long start) {
        static final Comparator<Key> ORDER = Comparator.comparingInt(Key::width).thenComparingInt(Key::machineId)
                .thenComparingLong(Key::start);
    }
}
