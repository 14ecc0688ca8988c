package io.cnctwin.bench;

import io.cnctwin.platform.control.Migrator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs an SQL file as psql would for the plain scripts of server-config/postgres/: split as the schema migrations are
 * ({@link Migrator#statements}), each statement on its own in autocommit (so
 * {@code CREATE INDEX CONCURRENTLY}, {@code VACUUM} and explicit BEGIN/COMMIT work). No psql meta-commands.
 */
final class SqlScript {

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

    /** {@link Migrator#statements}, refusing a script whose last statement has no semicolon (a truncated file). */
    static List<String> statements(String script) {
        String last = script.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("--"))
                .reduce((first, second) -> second).orElse(";");
        if (!last.endsWith(";")) {
            throw new IllegalArgumentException("the script ends inside a statement: " + last);
        }
        return Migrator.statements(script);
    }
}
