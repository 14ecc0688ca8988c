package io.cnctwin.telemetry.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.RiskLevel;
import io.cnctwin.platform.control.TestSchema;
import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReadingSource;
import io.cnctwin.telemetry.entity.SensorReading;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On H2; {@link PostgresReadingWriterTest} runs the same on PostgreSQL (its own statement over column arrays). */
class ReadingWriterTest {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 8, 0);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 12, 0, 0, 123_000_000);

    Connection connection;
    ReadingWriter cut = new ReadingWriter();

    @BeforeEach
    void schema() throws Exception {
        connection = newDatabase();
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO machines (id, name, status, last_reading_at, version) VALUES (7, 'M7', 'RUNNING', NULL, 0)");
        }
    }

    /** A new database, migrated. */
    Connection newDatabase() throws Exception {
        return TestSchema.h2("writer");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void storesEveryColumnOfReadingAndIndicators() throws SQLException {
        Reading reading = new Reading(7, T0, OperationMode.ACTIVE, 71.5, 3.25, 8.5, 12.0, 1.5, 2.5, 410, 0.75, 1.25,
                EfficiencyStatus.HIGH);
        cut.insert(connection, List.of(row(reading, RiskLevel.HIGH)), ReadingSource.INGEST, NOW);
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM sensor_readings")) {
            rs.next();
            assertEquals(1, rs.getLong("id"));
            assertEquals(7, rs.getInt("machine_id"));
            assertEquals(T0, rs.getObject("ts", LocalDateTime.class));
            assertEquals("ACTIVE", rs.getString("operation_mode"));
            assertEquals(71.5, rs.getDouble("temperature_c"));
            assertEquals(3.25, rs.getDouble("vibration_hz"));
            assertEquals(8.5, rs.getDouble("power_consumption_kw"));
            assertEquals(12.0, rs.getDouble("network_latency_ms"));
            assertEquals(1.5, rs.getDouble("packet_loss_pct"));
            assertEquals(2.5, rs.getDouble("defect_rate_pct"));
            assertEquals(410, rs.getDouble("production_speed_units_per_hr"));
            assertEquals(0.75, rs.getDouble("maintenance_score"));
            assertEquals(1.25, rs.getDouble("error_rate_pct"));
            assertEquals("HIGH", rs.getString("efficiency_status"));
            assertEquals("MEDIUM", rs.getString("calc_efficiency_status"));
            assertEquals(55.0, rs.getDouble("efficiency_score"));
            assertEquals(66.0, rs.getDouble("risk_score"));
            assertEquals("HIGH", rs.getString("risk_level"));
            assertEquals(0.4, rs.getDouble("failure_probability"));
            assertEquals(60.0, rs.getDouble("health_index"));
            assertEquals("INGEST", rs.getString("source"));
            assertEquals(NOW, rs.getObject("ingested_at", LocalDateTime.class));
        }
    }

    @Test
    void timestampsKeepTheirFractionOfASecond() throws SQLException {
        List<LocalDateTime> times = List.of(T0, T0.plusSeconds(59), T0.plusNanos(123_000_000),
                T0.plusSeconds(1).plusNanos(456_789_000));
        List<ReadingWriter.Row> rows = new ArrayList<>();
        for (LocalDateTime ts : times) {
            rows.add(row(new Reading(7, ts, OperationMode.ACTIVE, 60, 2, 3, 10, 1, 1, 300, 0.5, 1, null),
                    RiskLevel.LOW));
        }
        cut.insert(connection, rows, ReadingSource.REPLAY, NOW);
        List<LocalDateTime> stored = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT ts FROM sensor_readings ORDER BY id")) {
            while (rs.next()) {
                stored.add(rs.getObject(1, LocalDateTime.class));
            }
        }
        assertEquals(times, stored);
        assertEquals(4, count("SELECT SUM(n) FROM reading_rollups WHERE width_s = 60"));
        assertEquals(1, count("SELECT COUNT(*) FROM reading_rollups WHERE width_s = 60"), "one minute");
    }

    @Test
    void aMissingLabelIsStoredAsNull() throws SQLException {
        Reading reading = new Reading(7, T0, OperationMode.IDLE, 60, 2, 3, 10, 1, 1, 300, 0.5, 1, null);
        cut.insert(connection, List.of(row(reading, RiskLevel.LOW)), ReadingSource.REPLAY, NOW);
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT efficiency_status FROM sensor_readings")) {
            rs.next();
            assertNull(rs.getString(1));
        }
    }

    @Test
    void aValueNotMeasuredIsStoredAsNullNeverZeroAndCountedInNoRollup() throws SQLException {
        Reading reading = new Reading(7, T0, OperationMode.ACTIVE, 71.5, Reading.MISSING, 8.5, 12.0, 1.5, 2.5,
                Reading.MISSING, 0.75, 1.25, null);
        Indicators unknownEfficiency = new Indicators(null, null, 10.0, RiskLevel.LOW, 0.1, 90, List.of(), List.of(),
                List.of(), List.of());
        cut.insert(connection, List.of(new ReadingWriter.Row(reading, unknownEfficiency)), ReadingSource.INGEST, NOW);
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT vibration_hz, production_speed_units_per_hr, calc_efficiency_status, efficiency_score,"
                        + " temperature_c FROM sensor_readings")) {
            rs.next();
            for (int column = 1; column <= 4; column++) {
                assertNull(rs.getObject(column), "column " + column);
            }
            assertEquals(71.5, rs.getDouble(5));
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT n, vibration_hz_n,"
                + " vibration_hz_min, vibration_hz_sum, temperature_c_n, temperature_c_sum FROM reading_rollups"
                + " WHERE width_s = 60")) {
            rs.next();
            assertEquals(1, rs.getLong(1), "the row is counted");
            assertEquals(0, rs.getLong(2), "its vibration is not");
            assertNull(rs.getObject(3));
            assertNull(rs.getObject(4));
            assertEquals(1, rs.getLong(5));
            assertEquals(71.5, rs.getDouble(6));
        }
    }

    @Test
    void aStatusWithoutAScoreIsStored() throws SQLException {
        Reading noDefectRate = new Reading(7, T0, OperationMode.ACTIVE, 71.5, 2, 8.5, 12.0, 1.5, Reading.MISSING, 410,
                0.75, 1.25, null);
        Indicators statusOnly = new Indicators(EfficiencyStatus.HIGH, null, 10.0, RiskLevel.LOW, 0.1, 90, List.of(),
                List.of(), List.of(), List.of());
        cut.insert(connection, List.of(new ReadingWriter.Row(noDefectRate, statusOnly)), ReadingSource.INGEST, NOW);
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT calc_efficiency_status, efficiency_score FROM sensor_readings")) {
            rs.next();
            assertEquals("HIGH", rs.getString(1));
            assertNull(rs.getObject(2));
        }
    }

    @Test
    void idsSpanSeveralSequenceBlocksWithoutRepeats() throws SQLException {
        List<ReadingWriter.Row> rows = new ArrayList<>();
        int n = SensorReading.ID_BLOCK * 2 + 17;
        for (int i = 0; i < n; i++) {
            rows.add(row(new Reading(7, T0.plusMinutes(i), OperationMode.ACTIVE, 60, 2, 3, 10, 1, 1, 300, 0.5, 1, null),
                    RiskLevel.LOW));
        }
        cut.insert(connection, rows, ReadingSource.REPLAY, NOW);
        assertEquals(n, count("SELECT COUNT(DISTINCT id) FROM sensor_readings"));
        assertEquals(n, count("SELECT MAX(id) FROM sensor_readings"));
    }

    @Test
    void theUniqueKeyStillGuardsAgainstADuplicateThatSlipsThrough() {
        Reading reading = new Reading(7, T0, OperationMode.IDLE, 60, 2, 3, 10, 1, 1, 300, 0.5, 1, null);
        assertThrows(SQLException.class, () -> cut.insert(connection,
                List.of(row(reading, RiskLevel.LOW), row(reading, RiskLevel.LOW)), ReadingSource.REPLAY, NOW));
    }

    private static ReadingWriter.Row row(Reading reading, RiskLevel level) {
        return new ReadingWriter.Row(reading, new Indicators(EfficiencyStatus.MEDIUM, 55.0, 66.0, level, 0.4, 60.0,
                List.of(), List.of(), List.of(), List.of()));
    }

    private long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
