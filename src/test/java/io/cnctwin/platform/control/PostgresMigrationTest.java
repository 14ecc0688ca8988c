package io.cnctwin.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migrations on the production engine (an embedded PostgreSQL, one per class, a database per test), and what only
 * a shared database needs: nodes starting together migrate once, under Flyway's lock.
 */
class PostgresMigrationTest extends MigrationContract {

    static final int NODES = 4;
    static EmbeddedPostgres postgres;
    static int databases;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "migration-postgres"));
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Override
    DataSource newDatabase() throws Exception {
        String name = "migration_" + ++databases;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return postgres.getDatabase("postgres", name);
    }

    @Test
    void nodesStartingTogetherOnAnEmptyDatabaseRunEachScriptOnce() throws Exception {
        assertEquals(LATEST, migrateConcurrently(), "the scripts applied, all nodes together");
        assertEquals(LATEST, count(HISTORY + " WHERE \"type\" = 'SQL'"));
        assertEquals(16, count("SELECT COUNT(*) FROM alert_rules"));
    }

    @Test
    void nodesStartingTogetherOnADatabaseOfThePreviousMigratorBaselineItOnce() throws Exception {
        LegacySchema.create(connection, 5);
        LegacySchema.addRows(connection, "hash");

        assertEquals(LATEST - 5, migrateConcurrently(), "V6 and after, once");
        assertEquals(1, count(HISTORY + " WHERE \"type\" = 'BASELINE'"));
        assertEquals(String.valueOf(LATEST), FlywayMigrations.currentVersion(database));
        assertRowsKept();
    }

    /** {@link #NODES} migrations at once, as nodes started together; returns how many scripts they ran in all. */
    int migrateConcurrently() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        try {
            List<Callable<Integer>> starts = new ArrayList<>();
            for (int i = 0; i < NODES; i++) {
                starts.add(() -> FlywayMigrations.migrate(database).migrationsExecuted);
            }
            int executed = 0;
            for (Future<Integer> node : nodes.invokeAll(starts)) {
                executed += node.get();
            }
            return executed;
        } finally {
            nodes.shutdownNow();
        }
    }
}
