package io.cnctwin.pipeline.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.cnctwin.twin.boundary.RestoreProgress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** No batch passes the gate before the twins are restored; the restore itself passes (it holds the gate). */
class PipelineGateRestoreTest {

    PipelineGate cut = new PipelineGate();
    RestoreProgress progress = new RestoreProgress();
    List<String> order = new CopyOnWriteArrayList<>();

    {
        cut.restore = progress;
    }

    @Test
    void aBatchWaitsForTheRestoreThatBeganBeforeIt() throws Exception {
        CompletableFuture<String> batch = CompletableFuture.supplyAsync(() -> cut.through(() -> {
            order.add("batch");
            return "stored";
        }));
        Thread.sleep(100);
        assertFalse(batch.isDone());
        cut.rebuilding(() -> {
            progress.begin(1);
            order.add("restore");
            progress.machineRestored();
            progress.finished();
        });
        assertEquals("stored", batch.get(5, TimeUnit.SECONDS));
        assertEquals(List.of("restore", "batch"), order);
    }

    @Test
    void aTakeoverRebuildsWithTheGateHeldEvenWhenAnEarlierAttemptFailed() throws Exception {
        progress.begin(3);
        progress.failed(new IllegalStateException("no database"));
        // the next attempt must not wait for the restore it is about to do
        CompletableFuture<Void> retry = CompletableFuture.runAsync(() -> cut.rebuilding(() -> {
            progress.begin(3);
            progress.finished();
        }));
        retry.get(5, TimeUnit.SECONDS);
        assertEquals("after", cut.through(() -> "after"));
    }
}
