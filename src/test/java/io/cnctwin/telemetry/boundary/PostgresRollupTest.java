package io.cnctwin.telemetry.boundary;

import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The rollups on the production engine (an embedded PostgreSQL, one per class, a database per test). */
class PostgresRollupTest extends RollupContract {

    static MigratedPostgresDatabases postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = new MigratedPostgresDatabases("rollups");
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Override
    Connection newDatabase() throws Exception {
        return postgres.newDatabase(Map.of());
    }
}
