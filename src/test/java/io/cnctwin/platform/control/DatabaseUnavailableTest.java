package io.cnctwin.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionDeepInTheChainIsUnavailability() {
        SQLException pool = new SQLException("Error in allocating a connection", null, new ResourceException("refused"));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new PersistenceException(pool))));
    }

    @Test
    void connectionStatesAndShutdownAreUnavailability() {
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("gone")));
    }

    @Test
    void constraintViolationsAndBugsAreNot() {
        assertFalse(DatabaseUnavailable.causedBy(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.causedBy(new NullPointerException()));
    }

    @Test
    void aCommitWhoseConnectionWasTerminatedIsUnavailability() {
        // as Payara reports a commit on a connection PostgreSQL terminated while it shut down
        javax.transaction.xa.XAException lost = new javax.transaction.xa.XAException(
                "jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection due to administrator command");
        lost.errorCode = javax.transaction.xa.XAException.XAER_RMERR;
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new Exception("commit", lost))));
        javax.transaction.xa.XAException protocol = new javax.transaction.xa.XAException(
                javax.transaction.xa.XAException.XAER_PROTO);
        assertFalse(DatabaseUnavailable.causedBy(protocol), "a protocol error is a bug");
    }
}
