package io.cnctwin.telemetry.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.RiskLevel;
import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReadingSource;
import io.cnctwin.telemetry.control.RollupPlan;
import io.cnctwin.telemetry.entity.AggregateBucket;
import io.cnctwin.telemetry.entity.MetricStats;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rollups kept by the writer give the aggregates of the raw rows, on every supported database: readings stored in
 * batches of random size and order (late and out of order), a batch with a reading stored already rolled back whole,
 * then random ranges and bucket widths answered from the rollups and from the raw rows alike. A tenth of the measured
 * values and of the efficiency scores are missing (NULL): neither side counts them, and a bucket without a value of a
 * metric has count 0 and no statistics on both.
 */
abstract class RollupContract {

    static final LocalDateTime START = LocalDateTime.of(2026, 1, 1, 0, 0);
    static final long SPAN_SECONDS = 3 * 86_400;
    static final long[] WIDTHS = {45, 60, 90, 120, 300, 900, 3_600, 7_200, 21_600, 86_400, 604_800};

    Connection connection;
    final ReadingWriter writer = new ReadingWriter();
    final Random random = new Random(22);

    /** A new database, migrated; the connection stays open for the test. */
    abstract Connection newDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        connection = newDatabase();
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO machines (id, name, status, last_reading_at, version) VALUES (1, 'M1', 'RUNNING', NULL, 0)");
            s.execute("INSERT INTO machines (id, name, status, last_reading_at, version) VALUES (2, 'M2', 'RUNNING', NULL, 0)");
        }
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void aggregatesFromTheRollupsEqualTheRawAggregatesOverRandomRangesAndBuckets() throws SQLException {
        List<Reading> stored = storeInShuffledBatches(readings(1_500));
        assertEquals(stored.size(), count("SELECT COUNT(*) FROM sensor_readings"));
        int fromRollups = 0;
        for (int i = 0; i < 150; i++) {
            int machine = 1 + random.nextInt(2);
            LocalDateTime from = randomTime(-3_600, SPAN_SECONDS);
            LocalDateTime to = from.plusSeconds(1 + (long) (random.nextDouble() * random.nextDouble() * SPAN_SECONDS));
            long width = WIDTHS[random.nextInt(WIDTHS.length)];
            List<String> metrics = random.nextBoolean() ? ReadingAggregates.METRICS
                    : List.of("temperature_c", "health_index");
            fromRollups += RollupPlan.plan(from, to, width, RollupWriter.WIDTHS).stream()
                    .anyMatch(piece -> piece.width() != RollupPlan.RAW) ? 1 : 0;
            assertSame(ReadingAggregates.query(connection, machine, from, to, width, metrics),
                    RollupAggregates.query(connection, machine, from, to, width, metrics),
                    "machine " + machine + " [" + from + ", " + to + ") per " + width + " s");
        }
        assertTrue(fromRollups > 75, "most ranges read rollups: " + fromRollups);
        assertTrue(emptyMetrics > 0, "some buckets have a metric without any value");
    }

    @Test
    void aRebuildGivesTheRollupsTheBatchesKept() throws SQLException {
        storeInShuffledBatches(readings(600));
        List<List<Double>> kept = rollups();
        long written = RollupRebuild.rebuild(connection);
        connection.commit();
        assertEquals(kept.size(), written);
        List<List<Double>> rebuilt = rollups();
        for (int i = 0; i < kept.size(); i++) {
            for (int c = 0; c < kept.get(i).size(); c++) {
                Double before = kept.get(i).get(c);
                if (before == null) {
                    assertEquals(null, rebuilt.get(i).get(c), "rollup row " + i + " column " + c);
                } else {
                    assertEquals(before, rebuilt.get(i).get(c), 1e-9 * Math.abs(before) + 1e-9,
                            "rollup row " + i + " column " + c);
                }
            }
        }
    }

    @Test
    void aBatchWithAReadingStoredAlreadyIsRolledBackRollupsIncluded() throws SQLException {
        List<Reading> first = readings(50);
        store(first);
        List<List<Double>> before = rollups();
        List<Reading> again = new ArrayList<>(readings(20));
        again.add(first.get(7));
        assertThrows(SQLException.class, () -> writer.insert(connection, rows(again), ReadingSource.INGEST, START));
        connection.rollback();
        assertEquals(50, count("SELECT COUNT(*) FROM sensor_readings"));
        assertEquals(before, rollups());
        assertEquals(50, count("SELECT SUM(n) FROM reading_rollups WHERE width_s = 86400"));
    }

    private List<Reading> storeInShuffledBatches(List<Reading> readings) throws SQLException {
        List<Reading> shuffled = new ArrayList<>(readings);
        Collections.shuffle(shuffled, random);
        for (int at = 0; at < shuffled.size(); ) {
            int size = Math.min(shuffled.size() - at, 1 + random.nextInt(200));
            store(shuffled.subList(at, at + size));
            at += size;
        }
        return shuffled;
    }

    private void store(List<Reading> batch) throws SQLException {
        writer.insert(connection, rows(batch), ReadingSource.REPLAY, START);
        connection.commit();
    }

    private final Set<String> keys = new HashSet<>();

    /** {@code n} readings not generated before, of both machines, at random times (a third with milliseconds). */
    private List<Reading> readings(int n) {
        List<Reading> readings = new ArrayList<>();
        while (readings.size() < n) {
            int machine = 1 + random.nextInt(2);
            LocalDateTime ts = randomTime(0, SPAN_SECONDS);
            if (keys.add(machine + "@" + ts)) {
                readings.add(new Reading(machine, ts, OperationMode.ACTIVE, measured(20, 90), measured(0, 5),
                        measured(1, 15), measured(1, 100), measured(0, 5), measured(0, 10), measured(0, 500),
                        measured(0, 1), measured(0, 10), EfficiencyStatus.HIGH));
            }
        }
        return readings;
    }

    private LocalDateTime randomTime(long fromSecond, long toSecond) {
        LocalDateTime time = START.plusSeconds(fromSecond + (long) (random.nextDouble() * (toSecond - fromSecond)));
        return random.nextInt(3) == 0 ? time.plusNanos(random.nextInt(1000) * 1_000_000L) : time;
    }

    private double value(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    /** A value, or one time in ten a value not measured. */
    private double measured(double min, double max) {
        return random.nextInt(10) == 0 ? Reading.MISSING : value(min, max);
    }

    private List<ReadingWriter.Row> rows(List<Reading> readings) {
        return readings.stream().map(r -> {
            Double efficiency = random.nextInt(10) == 0 ? null : value(0, 100);
            return new ReadingWriter.Row(r, new Indicators(efficiency == null ? null : EfficiencyStatus.MEDIUM,
                    efficiency, value(0, 100), RiskLevel.LOW, value(0, 1), value(0, 100),
                    List.of(), List.of(), List.of(), List.of()));
        }).toList();
    }

    /** How many bucket metrics had no value at all: the comparison covered that case too. */
    private int emptyMetrics;

    private void assertSame(List<AggregateBucket> raw, List<AggregateBucket> rolled, String what) {
        assertEquals(raw.stream().map(AggregateBucket::start).toList(),
                rolled.stream().map(AggregateBucket::start).toList(), what);
        for (int b = 0; b < raw.size(); b++) {
            assertEquals(raw.get(b).metrics().keySet(), rolled.get(b).metrics().keySet(), what);
            for (String metric : raw.get(b).metrics().keySet()) {
                MetricStats expected = raw.get(b).metrics().get(metric);
                MetricStats actual = rolled.get(b).metrics().get(metric);
                String where = what + ", " + raw.get(b).start() + " " + metric;
                assertEquals(expected.count(), actual.count(), where);
                assertEquals(expected.min(), actual.min(), where);
                assertEquals(expected.max(), actual.max(), where);
                if (expected.count() == 0) {
                    assertEquals(expected, actual, where);
                    emptyMetrics++;
                } else {
                    assertEquals(expected.avg(), actual.avg(), 1e-9 * Math.abs(expected.avg()) + 1e-12, where);
                }
            }
        }
    }

    /** Every rollup row, in key order, as numbers. */
    private List<List<Double>> rollups() throws SQLException {
        List<List<Double>> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM reading_rollups ORDER BY width_s, machine_id, bucket_start")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Double> row = new ArrayList<>(columns);
                for (int c = 1; c <= columns; c++) {
                    double value = rs.getDouble(c);
                    row.add(rs.wasNull() ? null : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
