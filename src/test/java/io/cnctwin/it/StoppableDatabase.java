package io.cnctwin.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A PostgreSQL of one test that the test stops and starts again on the same data directory and port, as an
 * operator's restart or a crash of the database would do (stop is {@code pg_ctl stop -m fast}: sessions are cut).
 */
public class StoppableDatabase implements AutoCloseable {

    public static final String DATABASE = "twin_outage";

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres postgres;

    public StoppableDatabase(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /** A fresh cluster with the test database. */
    public void create() throws IOException, SQLException {
        if (Files.exists(dataDir)) {
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dataDir);
        postgres = builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }

    public void stop() throws IOException {
        postgres.close();
        postgres = null;
    }

    /** Starts the stopped cluster again, with its data, on the same port. */
    public void restart() throws IOException {
        postgres = builder().start();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + DATABASE, "postgres", "postgres");
    }

    /** Environment that points a Payara Micro started with server-config's post-boot file at the test database. */
    public Map<String, String> environment() {
        return Map.of("DB_HOST", "localhost", "DB_PORT", String.valueOf(port), "DB_NAME", DATABASE,
                "DB_USER", "postgres", "DB_PASSWORD", "postgres");
    }

    private EmbeddedPostgres.Builder builder() {
        // never clean: close() would delete the data directory, and a restart must find the data
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir).setCleanDataDirectory(false);
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
