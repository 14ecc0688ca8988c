package io.cnctwin.telemetry.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.platform.control.TestSchema;
import io.cnctwin.telemetry.entity.AggregateBucket;
import io.cnctwin.telemetry.entity.MetricStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production SQL of the aggregates, run unchanged on an in-memory H2 with the shipped schema. */
class ReadingAggregatesTest {

    static final LocalDateTime DAY = LocalDateTime.of(2025, 1, 6, 0, 0);
    static final List<String> TWO = List.of("temperature_c", "power_consumption_kw");

    Connection connection;
    long id = 1;

    @BeforeEach
    void schemaWithReadings() throws SQLException {
        connection = TestSchema.h2("aggregates");
        try (Statement s = connection.createStatement()) {
            // a session time zone far from UTC: epoch seconds of a TIMESTAMP must not depend on it
            s.execute("SET TIME ZONE 'America/New_York'");
            s.execute("INSERT INTO machines (id, name, status, last_reading_at, version) VALUES (7, 'M7', 'RUNNING', NULL, 0)");
            s.execute("INSERT INTO machines (id, name, status, last_reading_at, version) VALUES (8, 'M8', 'RUNNING', NULL, 0)");
        }
        insert(7, DAY, 70, 5);
        insert(7, DAY.plusSeconds(30), 72, 7);
        insert(7, DAY.plusSeconds(59), 80, 6);
        insert(7, DAY.plusMinutes(1), 60, 9);
        insert(7, DAY.plusMinutes(3).plusSeconds(15), 90, 1);
        insert(7, DAY.plusHours(1), 100, 2);
        insert(8, DAY.plusSeconds(10), 200, 200);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void countMinAvgMaxPerMinuteBucketOfOneMachine() throws SQLException {
        List<AggregateBucket> buckets = ReadingAggregates.query(connection, 7, DAY, DAY.plusHours(1), 60, TWO);
        assertEquals(3, buckets.size());
        assertEquals(Instant.parse("2025-01-06T00:00:00Z"), buckets.get(0).start());
        assertStats(MetricStats.of(3, 70, 74, 80), buckets.get(0).metrics().get("temperature_c"));
        assertStats(MetricStats.of(3, 5, 6, 7), buckets.get(0).metrics().get("power_consumption_kw"));
        assertEquals(Instant.parse("2025-01-06T00:01:00Z"), buckets.get(1).start());
        assertStats(MetricStats.of(1, 60, 60, 60), buckets.get(1).metrics().get("temperature_c"));
        assertEquals(Instant.parse("2025-01-06T00:03:00Z"), buckets.get(2).start());
        assertEquals(List.of("temperature_c", "power_consumption_kw"), List.copyOf(buckets.get(2).metrics().keySet()));
    }

    @Test
    void theRangeIsHalfOpenAndBucketsAlignToTheEpoch() throws SQLException {
        List<AggregateBucket> buckets = ReadingAggregates.query(connection, 7, DAY.plusSeconds(30),
                DAY.plusHours(1).plusSeconds(1), 3600, List.of("temperature_c"));
        assertEquals(2, buckets.size());
        assertEquals(Instant.parse("2025-01-06T00:00:00Z"), buckets.get(0).start());
        assertStats(MetricStats.of(4, 60, 75.5, 90), buckets.get(0).metrics().get("temperature_c"));
        assertEquals(Instant.parse("2025-01-06T01:00:00Z"), buckets.get(1).start());
        assertStats(MetricStats.of(1, 100, 100, 100), buckets.get(1).metrics().get("temperature_c"));
    }

    @Test
    void aDayBucketStartsAtUtcMidnight() throws SQLException {
        List<AggregateBucket> buckets = ReadingAggregates.query(connection, 7, DAY.minusDays(1), DAY.plusDays(1),
                86_400, List.of("power_consumption_kw"));
        assertEquals(1, buckets.size());
        assertEquals(Instant.parse("2025-01-06T00:00:00Z"), buckets.get(0).start());
        assertStats(MetricStats.of(6, 1, 5, 9), buckets.get(0).metrics().get("power_consumption_kw"));
    }

    @Test
    void anEmptyRangeHasNoBuckets() throws SQLException {
        assertTrue(ReadingAggregates.query(connection, 7, DAY.plusDays(3), DAY.plusDays(4), 60, TWO).isEmpty());
    }

    @Test
    void metricsAreTakenOnlyFromTheWhitelist() {
        assertEquals(TWO, ReadingAggregates.metrics(" temperature_c,power_consumption_kw,temperature_c"));
        assertEquals(ReadingAggregates.METRICS, ReadingAggregates.metrics(null));
        assertThrows(IllegalArgumentException.class, () -> ReadingAggregates.metrics("temperature_c) FROM users --"));
        assertThrows(IllegalArgumentException.class, () -> ReadingAggregates.sql(List.of("password_hash")));
    }

    private void insert(int machine, LocalDateTime ts, double temperature, double power) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO sensor_readings VALUES (?, ?, ?, 'ACTIVE',"
                + " ?, 1, ?, 1, 1, 1, 1, 1, 1, NULL, 'LOW', 1, 1, 'LOW', 0.1, 90, 'INGEST', ?)")) {
            s.setLong(1, id++);
            s.setInt(2, machine);
            s.setObject(3, ts);
            s.setDouble(4, temperature);
            s.setDouble(5, power);
            s.setObject(6, ts);
            s.executeUpdate();
        }
    }

    private static void assertStats(MetricStats expected, MetricStats actual) {
        assertEquals(expected.count(), actual.count());
        assertEquals(expected.min(), actual.min(), 1e-9);
        assertEquals(expected.avg(), actual.avg(), 1e-9);
        assertEquals(expected.max(), actual.max(), 1e-9);
    }
}
