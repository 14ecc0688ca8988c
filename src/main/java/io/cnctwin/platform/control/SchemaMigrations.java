package io.cnctwin.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema of the default datasource up to date before anything else touches it.
 * Migrations are plain, portable SQL files applied in order, each once, recorded in {@code schema_version}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    /** The scripts in order; public so that other components' tests can build the schema on an in-memory H2. */
    public static final List<String> MIGRATIONS = List.of("V1__schema.sql", "V2__default_alert_rules.sql", "V3__scenarios.sql",
            "V4__alert_events.sql", "V5__condition_alert_rules.sql", "V6__accounts_security.sql",
            "V7__replay_controls.sql", "V8__alert_messages_and_holds.sql");
    /** "CncM": held while one node migrates. */
    private static final long MIGRATION_LOCK = 0x436E634DL;
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            int applied = migrateAlone(connection);
            LOG.info(() -> "Schema up to date (" + applied + " migration(s) applied now, " + MIGRATIONS.size() + " known)");
        } catch (SQLException e) {
            throw new IllegalStateException("Schema migration failed: " + e.getMessage(), e);
        }
    }

    /** Nodes started together on one PostgreSQL take turns (an advisory lock): the second finds the schema done. */
    private static int migrateAlone(Connection connection) throws SQLException {
        boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        if (postgres) {
            execute(connection, "SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
        }
        try {
            return new Migrator(connection).apply(MIGRATIONS, SchemaMigrations::load);
        } finally {
            if (postgres) {
                execute(connection, "SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public static String load(String name) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream("/db/migration/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }
}
