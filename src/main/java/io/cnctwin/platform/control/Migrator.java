package io.cnctwin.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Applies versioned SQL scripts over one JDBC connection; plain JDBC so it is testable without a server. */
public class Migrator {

    private final Connection connection;

    public Migrator(Connection connection) {
        this.connection = connection;
    }

    /** Applies the scripts not yet recorded, in list order; returns how many were applied. */
    public int apply(List<String> names, Function<String, String> scripts) throws SQLException {
        ensureVersionTable();
        int applied = 0;
        for (int i = 0; i < names.size(); i++) {
            int version = i + 1;
            if (!isApplied(version)) {
                run(version, names.get(i), scripts.apply(names.get(i)));
                applied++;
            }
        }
        return applied;
    }

    private void ensureVersionTable() throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                if ("schema_version".equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
    }

    private boolean isApplied(int version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM schema_version WHERE version = ?")) {
            query.setInt(1, version);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void run(int version, String name, String script) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
             PreparedStatement record = connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
            // recorded first: a second node migrating at the same time fails on the primary key instead of running twice
            record.setInt(1, version);
            record.setString(2, name);
            record.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now(Clock.systemUTC())));
            record.executeUpdate();
            for (String sql : statements(script)) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("migration " + name + " failed: " + e.getMessage(), e.getSQLState(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * The statements of {@code script}: each ends with a semicolon at the end of a line; blank lines and lines starting
     * with {@code --} are skipped. Public for the benchmark, which runs server-config's SQL files the same way.
     */
    public static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                result.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
