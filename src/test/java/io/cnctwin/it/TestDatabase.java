package io.cnctwin.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real PostgreSQL for the integration suite when {@code it.database=postgres} (the failsafe execution
 * "postgres"), before any server of the suite starts, and stops it at the end. One database per server of the suite.
 * Does nothing for the embedded default.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String SHARED_DB = "twin_shared";
    public static final String RESTART_DB = "twin_restart";
    public static final String HISTORY_DB = "twin_history";
    public static final String HOSTILE_DB = "twin_hostile";
    public static final String MULTI_NODE_DB = "twin_multi";

    private static EmbeddedPostgres postgres;

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("it.database"));
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!isPostgres() || postgres != null) {
            return;
        }
        try {
            Path dataDir = Path.of(System.getProperty("it.pg.dir", "target/it-postgres"));
            Files.createDirectories(dataDir);
            postgres = EmbeddedPostgres.builder()
                    .setPort(Integer.getInteger("it.pg.port", 15432))
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + SHARED_DB);
                s.execute("CREATE DATABASE " + RESTART_DB);
                s.execute("CREATE DATABASE " + HISTORY_DB);
                s.execute("CREATE DATABASE " + HOSTILE_DB);
                s.execute("CREATE DATABASE " + MULTI_NODE_DB);
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot start the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                // the JVM ends anyway
            }
            postgres = null;
        }
    }

    /** A direct connection to one test database, for tests that check what the servers stored. */
    public static Connection connect(String database) throws SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + Integer.getInteger("it.pg.port", 15432)
                + "/" + database, "postgres", "postgres");
    }

    /** Environment that points a Payara Micro started with server-config's post-boot file at one test database. */
    public static Map<String, String> environment(String database) {
        return Map.of("DB_HOST", "localhost", "DB_PORT", String.valueOf(Integer.getInteger("it.pg.port", 15432)),
                "DB_NAME", database, "DB_USER", "postgres", "DB_PASSWORD", "postgres");
    }
}
