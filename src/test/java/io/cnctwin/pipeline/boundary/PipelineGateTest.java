package io.cnctwin.pipeline.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures another node's concurrent write explains, so the batch is worth one more try. */
class PipelineGateTest {

    @Test
    void aUniqueKeyViolationDeepInTheCausesIsAConflict() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertTrue(PipelineGate.writeConflict(new RuntimeException(new PersistenceException(duplicate))));
    }

    @Test
    void serializationFailuresAndDeadlocksAreConflicts() {
        assertTrue(PipelineGate.writeConflict(new PersistenceException(new SQLException("deadlock", "40P01"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(PipelineGate.writeConflict(new PersistenceException(new SQLException("connection refused", "08001"))));
        assertFalse(PipelineGate.writeConflict(new IllegalStateException("no lead")));
    }
}
