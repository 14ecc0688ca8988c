package io.cnctwin.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the Flyway migrations must do on every supported database: build the schema once, upgrade a database of the
 * previous migrator in place (baseline at its recorded version, then the scripts after it), refuse a foreign schema.
 */
abstract class MigrationContract {

    /** The last script the previous migrator knew (V7): its databases record up to it. */
    static final int LEGACY = LegacySchema.SCRIPTS.size();
    /** Every Flyway script the WAR ships (V8 and on came after the previous migrator). */
    static final int LATEST = latest();
    /** Flyway quotes its names: lower case on H2 too. */
    static final String HISTORY = "SELECT COUNT(*) FROM \"flyway_schema_history\"";

    DataSource database;
    /** Open for the whole test: it also keeps an in-memory database alive. */
    Connection connection;

    /** A new, empty database. */
    abstract DataSource newDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = newDatabase();
        connection = database.getConnection();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void anEmptyDatabaseGetsEveryScriptOnceOnly() throws SQLException {
        MigrateResult first = FlywayMigrations.migrate(database);
        assertEquals(LATEST, first.migrationsExecuted);
        assertEquals(String.valueOf(LATEST), FlywayMigrations.currentVersion(database));
        assertEquals(0, FlywayMigrations.migrate(database).migrationsExecuted);
        assertEquals(16, count("SELECT COUNT(*) FROM alert_rules"));
        assertEquals(6, count("SELECT COUNT(*) FROM alert_rules WHERE metric LIKE 'condition_%' AND consecutive_count = 1"));
        assertEquals(2, count("SELECT COUNT(*) FROM alert_rules WHERE metric IN ('machine_offline', 'controller_alarm')"),
                "the event rules (V14)");
        assertEquals(LATEST, count(HISTORY + " WHERE \"success\" AND \"type\" = 'SQL'"));
        assertEquals(0, count(HISTORY + " WHERE \"type\" = 'SQL' AND \"checksum\" IS NULL"),
                "every script checksummed: an edited, already applied script stops the start-up");
    }

    @Test
    void aDatabaseOfThePreviousMigratorIsBaselinedAtItsVersionAndKeepsItsRows() throws SQLException {
        LegacySchema.create(connection, LEGACY);
        LegacySchema.addRows(connection, "hash");

        MigrateResult result = FlywayMigrations.migrate(database);

        assertEquals(LATEST - LEGACY, result.migrationsExecuted, "only the scripts after the previous migrator's");
        assertEquals(String.valueOf(LATEST), FlywayMigrations.currentVersion(database));
        assertEquals(1, count(HISTORY + " WHERE \"type\" = 'BASELINE' AND \"version\" = '" + LEGACY + "'"));
        assertRowsKept();
        assertEquals(0, FlywayMigrations.migrate(database).migrationsExecuted);
        assertEquals(LEGACY, count("SELECT COUNT(*) FROM schema_version"), "the old record is left for a roll-back");
    }

    @Test
    void anOlderDatabaseOfThePreviousMigratorGetsTheScriptsAfterItsVersion() throws SQLException {
        LegacySchema.create(connection, 5);
        LegacySchema.addRows(connection, "hash");

        MigrateResult result = FlywayMigrations.migrate(database);

        assertEquals(LATEST - 5, result.migrationsExecuted, "V6 and after");
        assertEquals(String.valueOf(LATEST), FlywayMigrations.currentVersion(database));
        assertRowsKept();
        assertEquals(2, count("SELECT COUNT(*) FROM users WHERE token_generation = 0"), "V6 on the existing users");
        assertEquals(0, count("SELECT COUNT(*) FROM replay_position WHERE paused IS NOT NULL"), "V7 ran");
    }

    @Test
    void anEmptyRecordOfThePreviousMigratorStartsFromTheFirstScript() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script VARCHAR(200) NOT NULL,"
                    + " applied_at TIMESTAMP NOT NULL)");
        }
        assertEquals(LATEST, FlywayMigrations.migrate(database).migrationsExecuted);
        assertEquals(16, count("SELECT COUNT(*) FROM alert_rules"));
    }

    @Test
    void aSchemaWithTablesButNoHistoryIsRefusedUntouched() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE somebody_elses (id INTEGER PRIMARY KEY)");
        }
        assertThrows(FlywayException.class, () -> FlywayMigrations.migrate(database));
        assertThrows(SQLException.class, () -> count("SELECT COUNT(*) FROM alert_rules"));
    }

    @Test
    void uniqueMachineAndTimestampIsEnforced() throws SQLException {
        FlywayMigrations.migrate(database);
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO machines (id, name, status, last_reading_at, version) VALUES (1, 'M1', 'RUNNING', NULL, 0)");
            String insert = "INSERT INTO sensor_readings VALUES (%d, 1, TIMESTAMP '2024-01-01 00:00:00', 'ACTIVE', 1,1,1,1,1,1,1,1,1,"
                    + " NULL, 'LOW', 1, 1, 'LOW', 0.1, 90, 'REPLAY', TIMESTAMP '2024-01-01 00:00:00')";
            s.execute(insert.formatted(1));
            assertThrows(SQLException.class, () -> s.execute(insert.formatted(2)));
        }
    }

    @Test
    void oneOpenAlertPerMachineAndRuleButManyCleared() throws SQLException {
        FlywayMigrations.migrate(database);
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO machines (id, name, status, last_reading_at, version) VALUES (1, 'M1', 'RUNNING', NULL, 0)");
            String insert = "INSERT INTO alerts (id, machine_id, rule_id, type, severity, state, raised_at, last_seen_at, last_value, peak_value,"
                    + " threshold, message, occurrences, open_key, version) VALUES (%d, 1, 1, 'temperature_c', 'WARNING', '%s',"
                    + " TIMESTAMP '2024-01-01 00:00:00', TIMESTAMP '2024-01-01 00:00:00', 80, 80, 78, 'hot', 1, %s, 0)";
            s.execute(insert.formatted(1, "CLEARED", "NULL"));
            s.execute(insert.formatted(2, "CLEARED", "NULL"));
            s.execute(insert.formatted(3, "ACTIVE", "'1:1'"));
            assertThrows(SQLException.class, () -> s.execute(insert.formatted(4, "ACTIVE", "'1:1'")));
        }
    }

    @Test
    void escalationHistoryBelongsToAnExistingAlert() throws SQLException {
        FlywayMigrations.migrate(database);
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO machines (id, name, status, last_reading_at, version) VALUES (1, 'M1', 'RUNNING', NULL, 0)");
            s.execute("INSERT INTO alerts (id, machine_id, rule_id, type, severity, state, raised_at, last_seen_at, last_value,"
                    + " peak_value, threshold, message, occurrences, open_key, version) VALUES (1, 1, 1, 'temperature_c', 'WARNING',"
                    + " 'ACTIVE', TIMESTAMP '2024-01-01 00:00:00', TIMESTAMP '2024-01-01 00:00:00', 80, 80, 78, 'hot', 1, '1:1', 0)");
            String insert = "INSERT INTO alert_events (id, alert_id, at, event, severity, metric_value, actor)"
                    + " VALUES (NEXT VALUE FOR alert_event_seq, %d, TIMESTAMP '2024-01-01 00:00:00', 'RAISED', 'WARNING', 80, 'system')";
            String portable = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")
                    ? insert.replace("NEXT VALUE FOR alert_event_seq", "nextval('alert_event_seq')") : insert;
            s.execute(portable.formatted(1));
            assertEquals(1, count("SELECT COUNT(*) FROM alert_events WHERE alert_id = 1 AND id = 50"));
            assertThrows(SQLException.class, () -> s.execute(portable.formatted(99)));
        }
    }

    void assertRowsKept() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT ts, temperature_c FROM sensor_readings WHERE machine_id = " + LegacySchema.MACHINE)) {
            assertTrue(rs.next(), "the reading is still there");
            assertEquals(LegacySchema.READING_AT, rs.getObject(1, LocalDateTime.class));
            assertEquals(71.25, rs.getDouble(2));
        }
        assertEquals(1, count("SELECT COUNT(*) FROM users WHERE username = '" + LegacySchema.OPERATOR + "'"));
        assertEquals(2, count("SELECT COUNT(*) FROM users"));
        assertEquals(1, count("SELECT COUNT(*) FROM alerts WHERE id = " + LegacySchema.ALERT_ID + " AND message = '"
                + LegacySchema.ALERT_MESSAGE + "' AND state = 'ACTIVE'"));
    }

    long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int latest() {
        try (java.util.stream.Stream<java.nio.file.Path> scripts = java.nio.file.Files.list(
                java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return (int) scripts.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
