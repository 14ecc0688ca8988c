package io.cnctwin.cluster.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A PostgreSQL session-level advisory lock on one dedicated connection: held while that session lives, released by
 * the server the moment the session ends (the node dies, its socket closes). Not thread-safe: one heartbeat uses it.
 */
public class AdvisoryLock implements AutoCloseable {

    /**
     * Who holds the lock, as {@code pg_locks} shows it: a bigint key k with k &lt; 2^31 is (classid 0, objid k,
     * objsubid 1). The fencing check in the replay's transaction asks the same question for the leader's backend.
     */
    public static final String HELD_BY = "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 0"
            + " AND CAST(objid AS BIGINT) = ? AND objsubid = 1 AND granted AND pid = ?";

    private final Connection connection;
    private final long key;
    private final int backendPid;

    public AdvisoryLock(Connection connection, long key) throws SQLException {
        if (key < 0 || key > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("lock key must be between 0 and 2^31-1");
        }
        this.connection = connection;
        this.key = key;
        connection.setAutoCommit(true);
        this.backendPid = single("SELECT pg_backend_pid()");
    }

    /** True when this session holds the lock now (it may have held it already). */
    public boolean tryAcquire() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** Asks the server whether this session still holds the lock; an SQLException means the session is gone. */
    public boolean held() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(HELD_BY)) {
            statement.setLong(1, key);
            statement.setInt(2, backendPid);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getLong(1) > 0;
            }
        }
    }

    /** The application name of the session holding the lock (this one or another node's), or null when free. */
    public String holder() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT a.application_name FROM pg_locks l"
                + " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.classid = 0"
                + " AND CAST(l.objid AS BIGINT) = ? AND l.objsubid = 1 AND l.granted")) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    /** The server process of this session: the fencing check looks for the lock held by this pid. */
    public int backendPid() {
        return backendPid;
    }

    public long key() {
        return key;
    }

    private int single(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }

    /** Ends the session, and with it the lock. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the session is gone either way
        }
    }
}
