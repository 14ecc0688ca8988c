package io.cnctwin.platform.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway over the scripts in {@code db/migration}, for {@link DatabaseMigrations} at start-up and for tests without a
 * server. Flyway holds its own lock while it migrates (an advisory lock on PostgreSQL), so nodes started together on
 * one database take turns and the later ones find the schema done.
 * <p>
 * A database created by the hand-written migrator this replaced has a {@code schema_version} table (one row per applied
 * script, the version being the script's number) and no Flyway history: Flyway is baselined at the highest version
 * recorded there and applies only the scripts after it. The old table is left as it was, so that a roll-back to the
 * previous release still finds its own record.
 */
public final class FlywayMigrations {

    /** Where the scripts live on the classpath (WEB-INF/classes/db/migration in the WAR). */
    public static final String LOCATION = "classpath:db/migration";
    /** The table the previous, hand-written migrator kept its versions in. */
    static final String LEGACY_TABLE = "schema_version";

    private FlywayMigrations() {
    }

    /**
     * Migrates the database behind {@code dataSource} to the latest script, baselining a database of the previous
     * migrator first. Public for tests and tools that need the schema without a server.
     */
    public static MigrateResult migrate(DataSource dataSource) {
        OptionalInt legacyVersion = legacyVersion(dataSource);
        FluentConfiguration configuration = Flyway.configure(FlywayMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION);
        if (legacyVersion.isPresent()) {
            // only when the history table is missing does Flyway baseline; once it exists this has no effect
            configuration.baselineOnMigrate(true)
                    .baselineVersion(String.valueOf(legacyVersion.getAsInt()))
                    .baselineDescription("schema_version of the previous migrator");
        }
        // without schema_version, a schema with tables but no Flyway history is refused (Flyway's default): the
        // datasource points at a database that is not ours, or not one we know how to upgrade
        return configuration.load().migrate();
    }

    /** The version of the last applied script (or of the baseline), as Flyway's history records it. */
    public static String currentVersion(DataSource dataSource) {
        MigrationInfo current = Flyway.configure(FlywayMigrations.class.getClassLoader()).dataSource(dataSource)
                .locations(LOCATION).load().info().current();
        return current == null ? "none" : current.getVersion().toString();
    }

    /**
     * The highest version the previous migrator recorded, if its table is in the current schema and Flyway's history
     * is not; 0 for a table with no row (its first script failed: start from V1).
     */
    static OptionalInt legacyVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> legacy = table(connection, LEGACY_TABLE);
            if (legacy.isEmpty() || table(connection, "flyway_schema_history").isPresent()) {
                return OptionalInt.empty();
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT MAX(version) FROM " + legacy.get())) {
                rs.next();
                return OptionalInt.of(rs.getInt(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schema before migrating it: " + e.getMessage(), e);
        }
    }

    /** The name of {@code name} as the database spells it (H2: upper case), if the current schema has that table. */
    private static Optional<String> table(Connection connection, String name) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (tables.next()) {
                if (name.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return Optional.of(tables.getString("TABLE_NAME"));
                }
            }
        }
        return Optional.empty();
    }
}
