package io.cnctwin.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigratorTest {

    Connection connection;
    Migrator cut;

    @BeforeEach
    void openDatabase() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:migrator" + System.nanoTime());
        cut = new Migrator(connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void appliesTheShippedMigrationsOnH2OnceOnly() throws SQLException {
        assertEquals(SchemaMigrations.MIGRATIONS.size(), cut.apply(SchemaMigrations.MIGRATIONS, SchemaMigrations::load));
        assertEquals(0, cut.apply(SchemaMigrations.MIGRATIONS, SchemaMigrations::load));
        assertEquals(14, count("SELECT COUNT(*) FROM alert_rules"));
        assertEquals(6, count("SELECT COUNT(*) FROM alert_rules WHERE metric LIKE 'condition_%' AND consecutive_count = 1"));
    }

    @Test
    void uniqueMachineAndTimestampIsEnforced() throws SQLException {
        cut.apply(SchemaMigrations.MIGRATIONS, SchemaMigrations::load);
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO machines VALUES (1, 'M1', 'RUNNING', NULL, 0)");
            String insert = "INSERT INTO sensor_readings VALUES (%d, 1, TIMESTAMP '2024-01-01 00:00:00', 'ACTIVE', 1,1,1,1,1,1,1,1,1,"
                    + " NULL, 'LOW', 1, 1, 'LOW', 0.1, 90, 'REPLAY', TIMESTAMP '2024-01-01 00:00:00')";
            s.execute(insert.formatted(1));
            assertThrows(SQLException.class, () -> s.execute(insert.formatted(2)));
        }
    }

    @Test
    void oneOpenAlertPerMachineAndRuleButManyCleared() throws SQLException {
        cut.apply(SchemaMigrations.MIGRATIONS, SchemaMigrations::load);
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO machines VALUES (1, 'M1', 'RUNNING', NULL, 0)");
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
        cut.apply(SchemaMigrations.MIGRATIONS, SchemaMigrations::load);
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO machines VALUES (1, 'M1', 'RUNNING', NULL, 0)");
            s.execute("INSERT INTO alerts (id, machine_id, rule_id, type, severity, state, raised_at, last_seen_at, last_value,"
                    + " peak_value, threshold, message, occurrences, open_key, version) VALUES (1, 1, 1, 'temperature_c', 'WARNING',"
                    + " 'ACTIVE', TIMESTAMP '2024-01-01 00:00:00', TIMESTAMP '2024-01-01 00:00:00', 80, 80, 78, 'hot', 1, '1:1', 0)");
            String insert = "INSERT INTO alert_events (id, alert_id, at, event, severity, metric_value, actor)"
                    + " VALUES (NEXT VALUE FOR alert_event_seq, %d, TIMESTAMP '2024-01-01 00:00:00', 'RAISED', 'WARNING', 80, 'system')";
            s.execute(insert.formatted(1));
            assertEquals(1, count("SELECT COUNT(*) FROM alert_events WHERE alert_id = 1 AND id = 50"));
            assertThrows(SQLException.class, () -> s.execute(insert.formatted(99)));
        }
    }

    @Test
    void splitsScriptsOnStatementEndsAndSkipsComments() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "INSERT INTO a\nVALUES (1)"),
                Migrator.statements("-- comment\nCREATE TABLE a (x INT);\n\nINSERT INTO a\nVALUES (1);\n"));
    }

    private long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
