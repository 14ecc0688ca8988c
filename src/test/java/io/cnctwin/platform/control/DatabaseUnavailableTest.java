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
}
