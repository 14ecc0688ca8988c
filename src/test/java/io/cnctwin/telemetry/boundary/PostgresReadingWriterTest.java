package io.cnctwin.telemetry.boundary;

import io.cnctwin.platform.control.FlywayMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The writer's tests on the production engine, where a batch goes in as one statement over column arrays
 * ({@link ColumnArrays}); the driver set as the server's pool is ({@code reWriteBatchedInserts}).
 */
class PostgresReadingWriterTest extends ReadingWriterTest {

    static EmbeddedPostgres postgres;
    static int databases;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "writer-postgres"));
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Override
    Connection newDatabase() throws Exception {
        String name = "writer_" + ++databases;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        DataSource database = postgres.getDatabase("postgres", name, Map.of("reWriteBatchedInserts", "true"));
        FlywayMigrations.migrate(database);
        return database.getConnection();
    }
}
