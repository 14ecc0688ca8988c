package io.cnctwin.twin.control;

import io.cnctwin.alert.control.AlertEngine;
import io.cnctwin.machine.control.MachineRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets one batch at a time through the pipeline on this node, from before its transaction starts until after it
 * commits, so the replay, REST ingest and imports never race on the same (machine, timestamp) or open alert.
 */
@ApplicationScoped
public class PipelineGate {

    private final ReentrantLock lock = new ReentrantLock(true);

    @Inject
    AlertEngine alertEngine;

    @Inject
    MachineRegistry machines;

    public <T> T through(Supplier<T> batch) {
        lock.lock();
        try {
            return batch.get();
        } catch (RuntimeException e) {
            // the transaction rolled back: what was cached in memory about it may not be in the database
            alertEngine.reload();
            machines.forgetRegistrations();
            throw e;
        } finally {
            lock.unlock();
        }
    }
}
