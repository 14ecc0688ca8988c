package io.cnctwin.telemetry.boundary;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.platform.boundary.SequenceBlocks;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReadingSource;
import io.cnctwin.telemetry.entity.SensorReading;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;

/**
 * The hot path into the time-series table: readings with their indicators go in as one JDBC batch on the caller's
 * transaction (the container hands out the transaction's connection), with ids from {@code reading_seq} in blocks,
 * and their sums added to the rollups ({@link RollupWriter}) in the same transaction.
 * Persisting entities costs several times more per row (change tracking, clones) and buys nothing here: a stored
 * reading is never changed. Reads still go through JPA ({@link SensorReading}).
 */
@ApplicationScoped
public class ReadingWriter {

    static final String INSERT = "INSERT INTO sensor_readings (id, machine_id, ts, operation_mode, temperature_c,"
            + " vibration_hz, power_consumption_kw, network_latency_ms, packet_loss_pct, defect_rate_pct,"
            + " production_speed_units_per_hr, maintenance_score, error_rate_pct, efficiency_status,"
            + " calc_efficiency_status, efficiency_score, risk_score, risk_level, failure_probability, health_index,"
            + " source, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * PostgreSQL: the whole batch in one statement, each column's values as one array ({@link ColumnArrays}). Against
     * the multi-row VALUES the driver rewrites a batch into, it binds 22 parameters instead of 22 per row and parses
     * one statement whatever the batch size. Timestamps go as text (ISO), which PostgreSQL reads to the microsecond.
     */
    static final String POSTGRES_UNNEST_INSERT = INSERT.substring(0, INSERT.indexOf(" VALUES")) + " SELECT * FROM unnest("
            + "?::bigint[], ?::integer[], ?::timestamp[], ?::varchar[]" + ", ?::float8[]".repeat(9)
            + ", ?::varchar[], ?::varchar[], ?::float8[], ?::float8[], ?::varchar[], ?::float8[], ?::float8[]"
            + ", ?::varchar[], ?::timestamp[])";

    @Resource
    DataSource dataSource;

    private final SequenceBlocks ids = new SequenceBlocks(SensorReading.SEQUENCE, SensorReading.ID_BLOCK);

    public void insert(List<Row> rows, ReadingSource source, LocalDateTime ingestedAt) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, rows, source, ingestedAt);
        } catch (SQLException e) {
            throw new PersistenceException("could not store " + rows.size() + " reading(s): " + e.getMessage(), e);
        }
    }

    void insert(Connection connection, List<Row> rows, ReadingSource source, LocalDateTime ingestedAt) throws SQLException {
        if (RollupWriter.postgres(connection)) {
            try (PreparedStatement insert = connection.prepareStatement(POSTGRES_UNNEST_INSERT)) {
                ColumnArrays.of(rows, ids, connection, source, ingestedAt).bind(insert, connection);
                insert.executeUpdate();
            }
            RollupWriter.add(connection, rows);
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Row row : rows) {
                bind(insert, ids.next(connection), row, source, ingestedAt);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // in the same transaction: the rollups count exactly the rows this batch stored
        RollupWriter.add(connection, rows);
    }

    private static void bind(PreparedStatement insert, long id, Row row, ReadingSource source, LocalDateTime ingestedAt)
            throws SQLException {
        Reading r = row.reading();
        Indicators i = row.indicators();
        int p = 1;
        insert.setLong(p++, id);
        insert.setInt(p++, r.machineId());
        insert.setObject(p++, r.timestamp());
        insert.setString(p++, r.mode().name());
        measured(insert, p++, r.temperatureC());
        measured(insert, p++, r.vibrationHz());
        measured(insert, p++, r.powerKw());
        measured(insert, p++, r.latencyMs());
        measured(insert, p++, r.packetLossPct());
        measured(insert, p++, r.defectRatePct());
        measured(insert, p++, r.productionSpeed());
        measured(insert, p++, r.maintenanceScore());
        measured(insert, p++, r.errorRatePct());
        if (r.efficiencyLabel() == null) {
            insert.setNull(p++, Types.VARCHAR);
        } else {
            insert.setString(p++, r.efficiencyLabel().name());
        }
        // each null on its own: the status needs error rate and speed, the score the defect rate too
        if (i.efficiencyStatus() == null) {
            insert.setNull(p++, Types.VARCHAR);
        } else {
            insert.setString(p++, i.efficiencyStatus().name());
        }
        measured(insert, p++, Reading.orMissing(i.efficiencyScore()));
        insert.setDouble(p++, i.riskScore());
        insert.setString(p++, i.riskLevel().name());
        insert.setDouble(p++, i.failureProbability());
        insert.setDouble(p++, i.healthIndex());
        insert.setString(p++, source.name());
        insert.setObject(p, ingestedAt);
    }

    /** A value not measured is stored as NULL, never as 0 or NaN (PostgreSQL would keep a NaN). */
    private static void measured(PreparedStatement insert, int p, double value) throws SQLException {
        if (Reading.missing(value)) {
            insert.setNull(p, Types.DOUBLE);
        } else {
            insert.setDouble(p, value);
        }
    }

    /** A reading and the indicators computed for it: one row of the table. */
    public record Row(Reading reading, Indicators indicators) {
    }
}
