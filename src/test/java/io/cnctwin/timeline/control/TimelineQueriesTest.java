package io.cnctwin.timeline.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.platform.control.TestSchema;
import io.cnctwin.timeline.entity.AlertSpan;
import io.cnctwin.timeline.entity.ModeRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The timeline's SQL, run unchanged on an in-memory H2 with the shipped schema: runs of readings, alert spans. */
class TimelineQueriesTest {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 0, 0);
    static final Duration GAP = Duration.ofMinutes(10);

    Connection connection;
    long id = 1;

    @BeforeEach
    void schemaWithReadings() throws SQLException {
        connection = TestSchema.h2("timeline");
        try (Statement s = connection.createStatement()) {
            s.execute("SET TIME ZONE 'America/New_York'");
            s.execute("INSERT INTO machines (id, name, status, last_reading_at, version) VALUES (7, 'M7', 'RUNNING', NULL, 0)");
            s.execute("INSERT INTO machines (id, name, status, last_reading_at, version) VALUES (8, 'M8', 'RUNNING', NULL, 0)");
        }
        for (int minute : new int[] {0, 2, 4}) {
            insert(7, minute, "ACTIVE");
        }
        insert(7, 6, "IDLE");
        insert(7, 8, "IDLE");
        // 32 minutes without a reading: a new run although the mode is the same
        insert(7, 40, "IDLE");
        insert(7, 42, "ACTIVE");
        insert(8, 0, "MAINTENANCE");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void readingsBecomeRunsBrokenByAModeChangeOrAGap() throws SQLException {
        List<ModeRun> runs = TimelineQueries.runs(connection, 7, T0, T0.plusHours(1), GAP);
        assertEquals(List.of(run(7, MachineStatus.RUNNING, 0, 4, 3), run(7, MachineStatus.IDLE, 6, 8, 2),
                run(7, MachineStatus.IDLE, 40, 40, 1), run(7, MachineStatus.RUNNING, 42, 42, 1)), runs);
    }

    @Test
    void withoutAMachineEveryMachinesRunsComeInMachineOrder() throws SQLException {
        List<ModeRun> runs = TimelineQueries.runs(connection, null, T0, T0.plusMinutes(5), GAP);
        assertEquals(List.of(run(7, MachineStatus.RUNNING, 0, 4, 3), run(8, MachineStatus.MAINTENANCE, 0, 0, 1)), runs);
    }

    @Test
    void anAlertsEventsCutItIntoSeverityEpochsAndOneWithoutEventsKeepsItsRow() throws SQLException {
        alert(1, 7, "CRITICAL", 10, 30);
        event(1, 1, 10, "RAISED", "WARNING");
        event(2, 1, 20, "ESCALATED", "CRITICAL");
        event(3, 1, 25, "ACKNOWLEDGED", "CRITICAL");
        alert(2, 7, "WARNING", 50, null);
        alert(3, 7, "WARNING", 200, null);
        List<AlertSpan> spans = TimelineQueries.alerts(connection, 7, T0, T0.plusHours(1));
        assertEquals(List.of(new AlertSpan(7, MachineStatus.WARNING, at(10), at(20)),
                new AlertSpan(7, MachineStatus.CRITICAL, at(20), at(30)),
                new AlertSpan(7, MachineStatus.WARNING, at(50), null)), spans);
    }

    static ModeRun run(int machine, MachineStatus state, int first, int last, long readings) {
        return new ModeRun(machine, state, at(first), at(last), readings);
    }

    static java.time.Instant at(int minute) {
        return T0.plusMinutes(minute).toInstant(ZoneOffset.UTC);
    }

    private void insert(int machine, int minute, String mode) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO sensor_readings VALUES (?, ?, ?, ?,"
                + " 60, 1, 5, 1, 1, 1, 1, 1, 1, NULL, 'LOW', 1, 1, 'LOW', 0.1, 90, 'INGEST', ?)")) {
            s.setLong(1, id++);
            s.setInt(2, machine);
            s.setObject(3, T0.plusMinutes(minute));
            s.setString(4, mode);
            s.setObject(5, T0);
            s.executeUpdate();
        }
    }

    private void alert(long alertId, int machine, String severity, int raised, Integer cleared) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO alerts (id, machine_id, rule_id, type, severity,"
                + " state, raised_at, last_seen_at, cleared_at, last_value, peak_value, threshold, message, occurrences,"
                + " open_key, version) VALUES (?, ?, 1, 'temperature_c', ?, 'ACTIVE', ?, ?, ?, 80, 80, 78, 'hot', 1, NULL, 0)")) {
            s.setLong(1, alertId);
            s.setInt(2, machine);
            s.setString(3, severity);
            s.setObject(4, T0.plusMinutes(raised));
            s.setObject(5, T0.plusMinutes(raised));
            s.setObject(6, cleared == null ? null : T0.plusMinutes(cleared));
            s.executeUpdate();
        }
    }

    private void event(long eventId, long alertId, int minute, String kind, String severity) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO alert_events (id, alert_id, at, event, severity,"
                + " metric_value, actor) VALUES (?, ?, ?, ?, ?, 80, 'system')")) {
            s.setLong(1, eventId);
            s.setLong(2, alertId);
            s.setObject(3, T0.plusMinutes(minute));
            s.setString(4, kind);
            s.setString(5, severity);
            s.executeUpdate();
        }
    }
}
