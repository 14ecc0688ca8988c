package io.cnctwin.pipeline.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cnctwin.alert.boundary.AlertEngine;
import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.twin.boundary.RestoreProgress;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A batch whose transaction rolled back: what memory holds about it is dropped; a write conflict gets one more try. */
class PipelineGateRollbackTest {

    FakeAlertEngine alerts = new FakeAlertEngine();
    FakeMachines machines = new FakeMachines();
    PipelineGate cut = new PipelineGate();
    AtomicInteger attempts = new AtomicInteger();

    {
        cut.alertEngine = alerts;
        cut.machines = machines;
        cut.restore = new RestoreProgress();
        cut.restore.finished();
    }

    @Test
    void aBatchThatCommitsKeepsWhatMemoryHolds() {
        assertEquals("stored", cut.through(() -> {
            attempts.incrementAndGet();
            return "stored";
        }));
        assertEquals(1, attempts.get());
        assertEquals(0, alerts.reloads);
        assertEquals(0, machines.forgotten);
    }

    @Test
    void aFailedBatchReloadsTheAlertsForgetsRegistrationsAndIsRethrown() {
        IllegalStateException failure = new IllegalStateException("connection refused");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> cut.through(() -> {
            attempts.incrementAndGet();
            throw failure;
        })));
        assertEquals(1, attempts.get(), "not a conflict: not tried again");
        assertEquals(1, alerts.reloads);
        assertEquals(1, machines.forgotten);
    }

    @Test
    void aWriteConflictIsTriedOnceMoreFromTheDatabase() {
        String result = cut.through(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw conflict("23505");
            }
            return "stored";
        });
        assertEquals("stored", result);
        assertEquals(2, attempts.get());
        assertEquals(1, alerts.reloads);
        assertEquals(1, machines.forgotten);
    }

    @Test
    void aSecondConflictIsRethrown() {
        assertThrows(PersistenceException.class, () -> cut.through(() -> {
            attempts.incrementAndGet();
            throw conflict("40001");
        }));
        assertEquals(2, attempts.get(), "once more, not for ever");
        assertEquals(2, alerts.reloads);
        assertEquals(2, machines.forgotten);
    }

    static PersistenceException conflict(String sqlState) {
        return new PersistenceException(new SQLException("could not serialize access", sqlState));
    }

    static class FakeAlertEngine extends AlertEngine {
        int reloads;

        @Override
        public synchronized void reload() {
            reloads++;
        }
    }

    static class FakeMachines extends MachineRegistry {
        int forgotten;

        @Override
        public void forgetRegistrations() {
            forgotten++;
        }
    }
}
