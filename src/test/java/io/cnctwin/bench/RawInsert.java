package io.cnctwin.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The machine's limit for the pipeline: the rows the pipeline stored, read back, then inserted again into the same
 * (emptied) table with plain JDBC batches of {@value #BATCH}, one commit per batch, over a connection set up as the
 * server's pool is ({@code reWriteBatchedInserts=true}). No parsing, no indicators, no alerts, no broadcast.
 */
final class RawInsert {

    static final int BATCH = 1000;
    private static final String COLUMNS = ReadingLoader.COLUMNS;

    private RawInsert() {
    }

    static List<Object[]> readBack(Connection jdbc) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        int columns = COLUMNS.split(",").length;
        try (Statement query = jdbc.createStatement();
             ResultSet result = query.executeQuery("SELECT " + COLUMNS + " FROM sensor_readings ORDER BY id")) {
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = result.getObject(c + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Rows per second of inserting {@code rows} into the emptied table. */
    static double insert(int pgPort, String database, List<Object[]> rows) throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(rows.get(0).length, "?"));
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/" + database
                + "?user=postgres&reWriteBatchedInserts=true");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO sensor_readings (" + COLUMNS + ") VALUES (" + placeholders + ")")) {
            connection.setAutoCommit(false);
            long t0 = System.nanoTime();
            int inBatch = 0;
            for (Object[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    insert.setObject(c + 1, row[c]);
                }
                insert.addBatch();
                if (++inBatch == BATCH) {
                    insert.executeBatch();
                    connection.commit();
                    inBatch = 0;
                }
            }
            insert.executeBatch();
            connection.commit();
            return rows.size() / ((System.nanoTime() - t0) / 1e9);
        }
    }
}
