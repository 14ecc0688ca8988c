package io.cnctwin.pipeline.boundary;

import io.cnctwin.alert.boundary.AlertEngine;
import io.cnctwin.alert.boundary.BatchLock;
import io.cnctwin.machine.boundary.MachineRegistry;
import io.cnctwin.twin.boundary.RestoreProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets one batch at a time through the pipeline on this node, from before its transaction starts until after it
 * commits, so the replay, REST ingest and imports never race on the same (machine, timestamp) or open alert. Across
 * nodes the database's unique keys decide: a batch that lost such a race is rolled back and tried once more. No batch
 * passes before the twins are restored ({@link RestoreProgress}): it would feed a twin a reading ahead of those the
 * restore feeds it.
 */
@ApplicationScoped
public class PipelineGate implements BatchLock {

    private final ReentrantLock lock = new ReentrantLock(true);

    @Inject
    AlertEngine alertEngine;

    @Inject
    MachineRegistry machines;

    @Inject
    RestoreProgress restore;

    @Override
    public <T> T through(Supplier<T> batch) {
        restore.awaited();
        lock.lock();
        try {
            return attempt(batch, true);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Rebuilds the twins from the database ({@code rebuild}) with the gate held, without waiting for them to be
     * restored: this is what restores them.
     */
    public void rebuilding(Runnable rebuild) {
        lock.lock();
        try {
            rebuild.run();
        } finally {
            lock.unlock();
        }
    }

    private <T> T attempt(Supplier<T> batch, boolean mayRetry) {
        try {
            return batch.get();
        } catch (RuntimeException e) {
            // the transaction rolled back: what was cached in memory about it may not be in the database
            alertEngine.reload();
            machines.forgetRegistrations();
            if (mayRetry && writeConflict(e)) {
                // another node registered the same machine or opened the same alert meanwhile: once more, from the database
                return attempt(batch, false);
            }
            throw e;
        }
    }

    /** A unique key (SQLState class 23) or a serialization failure or deadlock (class 40) somewhere in the causes. */
    static boolean writeConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
