package io.cnctwin.telemetry.boundary;

import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The writer's tests on the production engine, where a batch goes in as one statement over column arrays
 * ({@link ColumnArrays}); the driver set as the server's pool is ({@code reWriteBatchedInserts}).
 */
class PostgresReadingWriterTest extends ReadingWriterTest {

    static MigratedPostgresDatabases postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = new MigratedPostgresDatabases("writer");
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Override
    Connection newDatabase() throws Exception {
        return postgres.newDatabase(Map.of("reWriteBatchedInserts", "true"));
    }
}
