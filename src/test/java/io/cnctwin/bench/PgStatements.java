package io.cnctwin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * PostgreSQL's side of a profiled run ({@code --profile true}): {@code pg_stat_statements} is preloaded, and at the end
 * the statements that took the most execution time are written to {@code out/pg-statements.md} with their calls and
 * rows, so a committed batch's statements and round trips can be counted beside the server's JFR profile.
 */
final class PgStatements {

    static final String PRELOAD = "pg_stat_statements";
    private static final int TOP = 30;

    private PgStatements() {
    }

    static void enable(Connection jdbc) throws SQLException {
        try (Statement s = jdbc.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            s.execute("SELECT pg_stat_statements_reset()");
        }
    }

    static Path write(Connection jdbc, Path dir) throws Exception {
        StringBuilder md = new StringBuilder("| calls | rows | total ms | mean ms | statement |\n|---:|---:|---:|---:|---|\n");
        try (Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery("SELECT calls, rows, total_exec_time,"
                + " mean_exec_time, query FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT " + TOP)) {
            while (rs.next()) {
                String query = rs.getString(5).replaceAll("\\s+", " ");
                md.append(String.format(Locale.ROOT, "| %,d | %,d | %,.0f | %.2f | `%s` |%n", rs.getLong(1), rs.getLong(2),
                        rs.getDouble(3), rs.getDouble(4), query.length() > 160 ? query.substring(0, 160) + " ..." : query));
            }
        }
        Path file = dir.resolve("pg-statements.md");
        Files.writeString(file, md);
        return file;
    }
}
