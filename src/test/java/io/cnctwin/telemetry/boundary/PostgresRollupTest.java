package io.cnctwin.telemetry.boundary;

import io.cnctwin.platform.control.FlywayMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The rollups on the production engine (an embedded PostgreSQL, one per class, a database per test). */
class PostgresRollupTest extends RollupContract {

    static EmbeddedPostgres postgres;
    static int databases;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "rollup-postgres"));
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Override
    Connection newDatabase() throws Exception {
        String name = "rollups_" + ++databases;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        DataSource database = postgres.getDatabase("postgres", name);
        FlywayMigrations.migrate(database);
        return database.getConnection();
    }
}
