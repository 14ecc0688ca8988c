package io.cnctwin.telemetry.boundary;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the rollups afresh from the readings: minutes from the rows, hours from the minutes, days from the hours (the
 * statements of migration V12 with the per-metric counts of V13). For readings loaded beside the pipeline (a bulk COPY, a restored dump) or after
 * a doubt; run it through {@code POST /api/v1/readings/rollups/rebuild}. On PostgreSQL the readings table is locked
 * against writes (SHARE mode) until the rebuild commits, so no other node's batch falls between the delete and the
 * inserts; on this node the caller also holds the pipeline's gate.
 */
public final class RollupRebuild {

    private static final List<String> METRICS = ReadingAggregates.METRICS;
    private static final String COLUMNS = RollupWriter.COLUMNS;

    private RollupRebuild() {
    }

    /** The statements, in order. */
    static List<String> statements() {
        String fromRows = "INSERT INTO reading_rollups (" + COLUMNS + ") SELECT 60, machine_id, b * 60, COUNT(*), "
                + METRICS.stream().map(m -> "COUNT(" + m + "), MIN(" + m + "), MAX(" + m + "), SUM(" + m + ")")
                .collect(Collectors.joining(", "))
                + " FROM (SELECT machine_id, CAST(FLOOR(EXTRACT(EPOCH FROM ts) / 60) AS BIGINT) AS b, "
                + String.join(", ", METRICS) + " FROM sensor_readings) r GROUP BY machine_id, b ORDER BY machine_id, b";
        return List.of("DELETE FROM reading_rollups", fromRows, fromFiner(60, 3_600), fromFiner(3_600, 86_400));
    }

    private static String fromFiner(int finer, int width) {
        String parts = METRICS.stream().map(m -> m + "_n, " + m + "_min, " + m + "_max, " + m + "_sum")
                .collect(Collectors.joining(", "));
        return "INSERT INTO reading_rollups (" + COLUMNS + ") SELECT " + width + ", machine_id, b * " + width + ", SUM(n), "
                + METRICS.stream().map(m -> "SUM(" + m + "_n), MIN(" + m + "_min), MAX(" + m + "_max), SUM(" + m + "_sum)")
                .collect(Collectors.joining(", "))
                + " FROM (SELECT machine_id, CAST(FLOOR(bucket_start / " + width + ".0) AS BIGINT) AS b, n, " + parts
                + " FROM reading_rollups WHERE width_s = " + finer + ") r GROUP BY machine_id, b ORDER BY machine_id, b";
    }

    /** Rebuilds on {@code connection}, in the caller's transaction; returns how many rollup rows were written. */
    public static long rebuild(Connection connection) throws SQLException {
        long written = 0;
        try (Statement statement = connection.createStatement()) {
            if (RollupWriter.postgres(connection)) {
                statement.execute("LOCK TABLE sensor_readings IN SHARE MODE");
            }
            List<String> steps = statements();
            statement.executeUpdate(steps.get(0));
            for (String insert : steps.subList(1, steps.size())) {
                written += statement.executeUpdate(insert);
            }
        }
        return written;
    }
}
