package io.cnctwin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an SQL file as psql would for the plain scripts of server-config/postgres/: split on a semicolon at the end of a
 * line, each statement on its own in autocommit (so
 * {@code CREATE INDEX CONCURRENTLY}, {@code VACUUM} and explicit BEGIN/COMMIT work). No psql meta-commands.
 */
public final class SqlScript {

    private SqlScript() {
    }

    static int run(Connection connection, Path file) throws IOException, SQLException {
        List<String> statements = statements(Files.readString(file));
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        return statements.size();
    }

    /**
     * The statements of {@code script}: each ends with a semicolon at the end of a line; blank lines and lines starting
     * with {@code --} are skipped. A script whose last statement has no semicolon (a truncated file) is refused.
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
            throw new IllegalArgumentException("the script ends inside a statement: " + current.toString().strip());
        }
        return result;
    }
}
