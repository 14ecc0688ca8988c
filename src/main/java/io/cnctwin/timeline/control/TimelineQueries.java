package io.cnctwin.timeline.control;

import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.timeline.entity.AlertSpan;
import io.cnctwin.timeline.entity.ModeRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The two queries behind a timeline, grouped in the database: the readings become mode runs (gaps and islands with
 * window functions: a run breaks where the mode changes or the readings are further apart than the offline gap), the
 * alerts become severity spans from their events. Portable SQL: H2 2.2 and PostgreSQL 14+. {@code machine} null: all.
 */
public final class TimelineQueries {

    private static final String RUNS = "SELECT machine_id, operation_mode, MIN(ts), MAX(ts), COUNT(*) FROM ("
            + " SELECT machine_id, ts, operation_mode, SUM(brk) OVER (PARTITION BY machine_id ORDER BY ts"
            + " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS grp FROM ("
            + "  SELECT machine_id, ts, operation_mode, CASE WHEN LAG(operation_mode) OVER (PARTITION BY machine_id ORDER BY ts) IS NULL"
            + "   OR LAG(operation_mode) OVER (PARTITION BY machine_id ORDER BY ts) <> operation_mode"
            + "   OR EXTRACT(EPOCH FROM ts) - EXTRACT(EPOCH FROM LAG(ts) OVER (PARTITION BY machine_id ORDER BY ts)) > CAST(? AS BIGINT)"
            + "   THEN 1 ELSE 0 END AS brk"
            + "  FROM sensor_readings WHERE ts >= ? AND ts < ? AND (CAST(? AS INTEGER) IS NULL OR machine_id = ?)) r) g"
            + " GROUP BY machine_id, grp, operation_mode ORDER BY machine_id, MIN(ts)";

    private static final String OFFLINE_OR = "CASE WHEN a.type = 'machine_offline' THEN 'OFFLINE' ELSE ";

    /**
     * The severity after each event that sets it, with the alert's own row for alerts without events; a machine_offline
     * alert (an OFFLINE episode the twin decided live, docs/connectors.md) is OFFLINE whatever its severity.
     */
    private static final String ALERT_EVENTS = "SELECT a.id, a.machine_id, " + OFFLINE_OR + "a.severity END, a.raised_at,"
            + " a.cleared_at, e.at, e.event, " + OFFLINE_OR + "e.severity END"
            + " FROM alerts a LEFT JOIN alert_events e ON e.alert_id = a.id AND e.event IN ('RAISED', 'ESCALATED', 'DEESCALATED')"
            + " WHERE a.raised_at < ? AND (a.cleared_at IS NULL OR a.cleared_at > ?)"
            + " AND (CAST(? AS INTEGER) IS NULL OR a.machine_id = ?) ORDER BY a.machine_id, a.id, e.at";

    private TimelineQueries() {
    }

    /** Runs of readings in [from, to); ask from an offline gap before the range, so the state at its start is known. */
    public static List<ModeRun> runs(Connection connection, Integer machine, LocalDateTime from, LocalDateTime to,
                                     Duration gap) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(RUNS)) {
            query.setLong(1, gap.toSeconds());
            query.setObject(2, from);
            query.setObject(3, to);
            machine(query, 4, machine);
            try (ResultSet rows = query.executeQuery()) {
                List<ModeRun> runs = new ArrayList<>();
                while (rows.next()) {
                    runs.add(new ModeRun(rows.getInt(1), state(rows.getString(2)), instant(rows.getObject(3, LocalDateTime.class)),
                            instant(rows.getObject(4, LocalDateTime.class)), rows.getLong(5)));
                }
                return runs;
            }
        }
    }

    /** Severity spans of the alerts open at some time in [from, to). */
    public static List<AlertSpan> alerts(Connection connection, Integer machine, LocalDateTime from, LocalDateTime to)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(ALERT_EVENTS)) {
            query.setObject(1, to);
            query.setObject(2, from);
            machine(query, 3, machine);
            try (ResultSet rows = query.executeQuery()) {
                List<AlertSpan> spans = new ArrayList<>();
                AlertRows alert = null;
                while (rows.next()) {
                    long id = rows.getLong(1);
                    if (alert == null || alert.id != id) {
                        if (alert != null) {
                            alert.spans(spans);
                        }
                        alert = new AlertRows(id, rows.getInt(2), rows.getString(3), instant(rows.getObject(4, LocalDateTime.class)),
                                instant(rows.getObject(5, LocalDateTime.class)));
                    }
                    LocalDateTime at = rows.getObject(6, LocalDateTime.class);
                    if (at != null) {
                        alert.change(instant(at), rows.getString(8));
                    }
                }
                if (alert != null) {
                    alert.spans(spans);
                }
                return spans;
            }
        }
    }

    private static void machine(PreparedStatement query, int at, Integer machine) throws SQLException {
        if (machine == null) {
            query.setNull(at, java.sql.Types.INTEGER);
            query.setNull(at + 1, java.sql.Types.INTEGER);
        } else {
            query.setInt(at, machine);
            query.setInt(at + 1, machine);
        }
    }

    /** RUNNING, IDLE or MAINTENANCE from the stored operation mode. */
    static MachineStatus state(String mode) {
        return switch (mode) {
            case "ACTIVE" -> MachineStatus.RUNNING;
            case "IDLE" -> MachineStatus.IDLE;
            default -> MachineStatus.MAINTENANCE;
        };
    }

    /** OFFLINE for an offline episode, CRITICAL for a critical alert, else WARNING. */
    static MachineStatus severity(String severity) {
        return switch (severity) {
            case "OFFLINE" -> MachineStatus.OFFLINE;
            case "CRITICAL" -> MachineStatus.CRITICAL;
            default -> MachineStatus.WARNING;
        };
    }

    private static Instant instant(LocalDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant(ZoneOffset.UTC);
    }

    /** One alert's rows: its raise and clear, and the severity changes its events record. */
    private static final class AlertRows {
        final long id;
        final int machineId;
        final String severity;
        final Instant raised;
        final Instant cleared;
        final List<Instant> changes = new ArrayList<>();
        final List<String> severities = new ArrayList<>();

        AlertRows(long id, int machineId, String severity, Instant raised, Instant cleared) {
            this.id = id;
            this.machineId = machineId;
            this.severity = severity;
            this.raised = raised;
            this.cleared = cleared;
        }

        void change(Instant at, String newSeverity) {
            changes.add(at.isBefore(raised) ? raised : at);
            severities.add(newSeverity);
        }

        void spans(List<AlertSpan> into) {
            if (changes.isEmpty()) {
                // an alert from before its events were recorded: its severity as it stands, from its raise
                into.add(new AlertSpan(machineId, severity(severity), raised, cleared));
                return;
            }
            for (int i = 0; i < changes.size(); i++) {
                Instant end = i + 1 < changes.size() ? changes.get(i + 1) : cleared;
                into.add(new AlertSpan(machineId, severity(severities.get(i)), changes.get(i), end));
            }
        }
    }
}
