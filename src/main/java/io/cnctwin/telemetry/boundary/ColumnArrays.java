package io.cnctwin.telemetry.boundary;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.platform.boundary.SequenceBlocks;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReadingSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A batch of readings column by column, in the order of {@link ReadingWriter#INSERT}, for PostgreSQL's
 * {@code unnest}: one array per column, a value not measured (or a label not given) as a NULL element.
 */
final class ColumnArrays {

    private final Long[] ids;
    private final Integer[] machines;
    private final String[] timestamps;
    private final String[] modes;
    private final Double[][] measured = new Double[9][];
    private final String[] labels;
    private final String[] statuses;
    private final Double[] efficiencyScores;
    private final Double[] riskScores;
    private final String[] riskLevels;
    private final Double[] failureProbabilities;
    private final Double[] healthIndexes;
    private final String[] sources;
    private final String[] ingestedAt;

    private ColumnArrays(int size) {
        ids = new Long[size];
        machines = new Integer[size];
        timestamps = new String[size];
        modes = new String[size];
        for (int m = 0; m < measured.length; m++) {
            measured[m] = new Double[size];
        }
        labels = new String[size];
        statuses = new String[size];
        efficiencyScores = new Double[size];
        riskScores = new Double[size];
        riskLevels = new String[size];
        failureProbabilities = new Double[size];
        healthIndexes = new Double[size];
        sources = new String[size];
        ingestedAt = new String[size];
    }

    static ColumnArrays of(List<ReadingWriter.Row> rows, SequenceBlocks idBlocks, Connection connection,
            ReadingSource source, LocalDateTime ingested) throws SQLException {
        ColumnArrays c = new ColumnArrays(rows.size());
        String sourceName = source.name();
        String ingestedText = ingested.toString();
        for (int i = 0; i < rows.size(); i++) {
            Reading r = rows.get(i).reading();
            Indicators x = rows.get(i).indicators();
            c.ids[i] = idBlocks.next(connection);
            c.machines[i] = r.machineId();
            c.timestamps[i] = r.timestamp().toString();
            c.modes[i] = r.mode().name();
            double[] values = {r.temperatureC(), r.vibrationHz(), r.powerKw(), r.latencyMs(), r.packetLossPct(),
                r.defectRatePct(), r.productionSpeed(), r.maintenanceScore(), r.errorRatePct()};
            for (int m = 0; m < values.length; m++) {
                c.measured[m][i] = orNull(values[m]);
            }
            c.labels[i] = r.efficiencyLabel() == null ? null : r.efficiencyLabel().name();
            c.statuses[i] = x.efficiencyStatus() == null ? null : x.efficiencyStatus().name();
            c.efficiencyScores[i] = orNull(Reading.orMissing(x.efficiencyScore()));
            c.riskScores[i] = x.riskScore();
            c.riskLevels[i] = x.riskLevel().name();
            c.failureProbabilities[i] = x.failureProbability();
            c.healthIndexes[i] = x.healthIndex();
            c.sources[i] = sourceName;
            c.ingestedAt[i] = ingestedText;
        }
        return c;
    }

    /** Binds the arrays to the 22 parameters of {@link ReadingWriter#POSTGRES_UNNEST_INSERT}. */
    void bind(PreparedStatement insert, Connection connection) throws SQLException {
        int p = 1;
        insert.setArray(p++, connection.createArrayOf("bigint", ids));
        insert.setArray(p++, connection.createArrayOf("integer", machines));
        insert.setArray(p++, connection.createArrayOf("varchar", timestamps));
        insert.setArray(p++, connection.createArrayOf("varchar", modes));
        for (Double[] column : measured) {
            insert.setArray(p++, connection.createArrayOf("float8", column));
        }
        insert.setArray(p++, connection.createArrayOf("varchar", labels));
        insert.setArray(p++, connection.createArrayOf("varchar", statuses));
        insert.setArray(p++, connection.createArrayOf("float8", efficiencyScores));
        insert.setArray(p++, connection.createArrayOf("float8", riskScores));
        insert.setArray(p++, connection.createArrayOf("varchar", riskLevels));
        insert.setArray(p++, connection.createArrayOf("float8", failureProbabilities));
        insert.setArray(p++, connection.createArrayOf("float8", healthIndexes));
        insert.setArray(p++, connection.createArrayOf("varchar", sources));
        insert.setArray(p, connection.createArrayOf("varchar", ingestedAt));
    }

    /** Not measured: NULL, never 0 or NaN (PostgreSQL would keep a NaN). */
    private static Double orNull(double value) {
        return Reading.missing(value) ? null : value;
    }
}
