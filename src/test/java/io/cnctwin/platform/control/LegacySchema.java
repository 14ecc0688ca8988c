package io.cnctwin.platform.control;

import io.cnctwin.bench.SqlScript;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A database as the previous, hand-written migrator (replaced by Flyway) left it: the scripts V1..V{@code n} run
 * statement by statement (split on a semicolon at the end of a line), each recorded in {@code schema_version} with its
 * list position as version. Plus a few rows every upgrade must keep: machine 1 with one reading, two users, one alert.
 */
public final class LegacySchema {

    /** The previous migrator's list, in order: the version of a script was its position. */
    static final List<String> SCRIPTS = List.of("V1__schema.sql", "V2__default_alert_rules.sql", "V3__scenarios.sql",
            "V4__alert_events.sql", "V5__condition_alert_rules.sql", "V6__accounts_security.sql",
            "V7__replay_controls.sql");
    /** Not in the replay's sample fleet (1..6): a server replaying it leaves this machine's rows alone. */
    public static final int MACHINE = 77;
    public static final LocalDateTime READING_AT = LocalDateTime.of(2020, 1, 2, 3, 4, 5);
    public static final String OPERATOR = "legacy-operator";
    public static final String ALERT_MESSAGE = "left open by the previous release";
    public static final long ALERT_ID = 4242;

    private LegacySchema() {
    }

    /** The schema of the previous migrator at version {@code upTo} (1..7), with its {@code schema_version} rows. */
    public static void create(Connection connection, int upTo) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script VARCHAR(200) NOT NULL,"
                    + " applied_at TIMESTAMP NOT NULL)");
            for (int version = 1; version <= upTo; version++) {
                String name = SCRIPTS.get(version - 1);
                for (String sql : SqlScript.statements(load(name))) {
                    statement.execute(sql);
                }
                try (PreparedStatement record = connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
                    record.setInt(1, version);
                    record.setString(2, name);
                    record.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
                    record.executeUpdate();
                }
            }
        }
    }

    /**
     * Rows of a fleet in use (needs version 2 or later: the alert refers to default rule 1). {@code adminHash} is the
     * password hash of user {@code admin}; the operator's password is never used.
     */
    public static void addRows(Connection connection, String adminHash) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO machines (id, name, status, last_reading_at, version) VALUES (" + MACHINE + ", 'Legacy mill', 'RUNNING', TIMESTAMP '2020-01-02 03:04:05', 0)");
            s.execute("INSERT INTO sensor_readings (id, machine_id, ts, operation_mode, temperature_c, vibration_hz,"
                    + " power_consumption_kw, network_latency_ms, packet_loss_pct, defect_rate_pct, production_speed_units_per_hr,"
                    + " maintenance_score, error_rate_pct, efficiency_status, calc_efficiency_status, efficiency_score, risk_score,"
                    + " risk_level, failure_probability, health_index, source, ingested_at) VALUES (7, " + MACHINE
                    + ", TIMESTAMP '2020-01-02 03:04:05', 'ACTIVE', 71.25, 2.5, 6.5, 12, 0.5, 1.5, 400, 0.8, 2, 'HIGH', 'HIGH',"
                    + " 0.9, 0.1, 'LOW', 0.05, 92, 'REPLAY', TIMESTAMP '2020-01-02 03:04:06')");
            String user = "INSERT INTO users (id, username, password_hash, roles, enabled, created_at, failed_logins,"
                    + " locked_until, tokens_valid_after, version) VALUES (%d, '%s', '%s', '%s', TRUE,"
                    + " TIMESTAMP '2020-01-01 00:00:00', 0, NULL, TIMESTAMP '2020-01-01 00:00:00', 0)";
            s.execute(user.formatted(1, "admin", adminHash, "ADMIN"));
            s.execute(user.formatted(2, OPERATOR, adminHash, "OPERATOR"));
            s.execute("INSERT INTO alerts (id, machine_id, rule_id, type, severity, state, raised_at, last_seen_at, last_value,"
                    + " peak_value, threshold, message, occurrences, open_key, version) VALUES (" + ALERT_ID + ", " + MACHINE
                    + ", 1, 'temperature_c', 'WARNING', 'ACTIVE', TIMESTAMP '2020-01-02 03:04:05',"
                    + " TIMESTAMP '2020-01-02 03:04:05', 80, 80, 78, '" + ALERT_MESSAGE + "', 3, '" + MACHINE + ":1', 0)");
        }
    }

    static String load(String name) {
        try (InputStream in = LegacySchema.class.getResourceAsStream("/db/migration/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }
}
