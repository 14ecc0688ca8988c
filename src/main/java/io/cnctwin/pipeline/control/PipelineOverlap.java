package io.cnctwin.pipeline.control;

import io.cnctwin.platform.boundary.Await;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A thread of its own for the in-memory half of a large batch (alert conditions, twin state, live views), so it runs
 * while the batch's transaction waits for the database to store the rows. One batch at a time passes the
 * {@link PipelineGate}, so one thread is enough; a small batch is not worth the hand-over and runs in place.
 */
@ApplicationScoped
public class PipelineOverlap {

    /** Below this many readings the hand-over to the other thread costs more than it saves. */
    static final int MIN_READINGS = 64;

    @Resource
    ManagedThreadFactory threads;

    private ExecutorService beside;

    @PostConstruct
    void start() {
        beside = Executors.newSingleThreadExecutor(threads);
    }

    /** Runs {@code inMemory} beside {@code databaseWork} (on the caller's thread, in its transaction); both finish. */
    public <T> T beside(int readings, Callable<T> inMemory, Runnable databaseWork) {
        if (readings < MIN_READINGS) {
            databaseWork.run();
            return call(inMemory);
        }
        Future<T> result = beside.submit(inMemory);
        try {
            databaseWork.run();
        } catch (RuntimeException | Error e) {
            // the transaction rolls back: the other half must be done before the gate lets the next batch in
            await(result);
            throw e;
        }
        return await(result);
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(Future<T> result) {
        return Await.result(result, "the batch was assessed");
    }

    @PreDestroy
    void stop() {
        beside.shutdownNow();
    }
}
