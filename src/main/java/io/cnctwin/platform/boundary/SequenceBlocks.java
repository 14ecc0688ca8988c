package io.cnctwin.platform.boundary;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ids from a database sequence in blocks, one round trip per block: the sequence's INCREMENT is the block size and a
 * value V it returns owns the ids V - size + 1 .. V, the allocation EclipseLink uses for a SEQUENCE generator with the
 * same allocationSize. So JDBC writers and JPA may share one sequence without ever handing out an id twice.
 */
public class SequenceBlocks {

    private final String sequence;
    private final int size;
    private long next = 1;
    private long last;
    private String nextValueSql;

    public SequenceBlocks(String sequence, int size) {
        if (!sequence.matches("[a-z_]+") || size < 1) {
            throw new IllegalArgumentException("bad sequence " + sequence + " / " + size);
        }
        this.sequence = sequence;
        this.size = size;
    }

    /** The next id, fetching a new block on {@code connection} when the current one is used up. */
    public synchronized long next(Connection connection) throws SQLException {
        if (next > last) {
            last = fetch(connection);
            next = last - size + 1;
        }
        return next++;
    }

    private long fetch(Connection connection) throws SQLException {
        if (nextValueSql == null) {
            // the one spelling that differs: PostgreSQL has no standard NEXT VALUE FOR
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            nextValueSql = postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        }
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(nextValueSql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
