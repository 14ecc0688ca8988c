package io.cnctwin.telemetry.boundary;

import io.cnctwin.platform.control.FlywayMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

/** One embedded PostgreSQL per test class and a freshly migrated database per test, for the store's contract tests. */
final class MigratedPostgresDatabases implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final String prefix;
    private int created;

    /** Starts the server with its data under {@code target/<prefix>-postgres}; databases are named {@code <prefix>_n}. */
    MigratedPostgresDatabases(String prefix) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", prefix + "-postgres"));
        this.postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
        this.prefix = prefix;
    }

    /** A new database with every migration applied, connected with the given driver properties. */
    Connection newDatabase(Map<String, String> driverProperties) throws Exception {
        String name = prefix + "_" + ++created;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        DataSource database = postgres.getDatabase("postgres", name, driverProperties);
        FlywayMigrations.migrate(database);
        return database.getConnection();
    }

    @Override
    public void close() throws Exception {
        postgres.close();
    }
}
