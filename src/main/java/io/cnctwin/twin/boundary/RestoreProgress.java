package io.cnctwin.twin.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the in-memory twins hold what the database does. They do not from start until the first restore has rebuilt
 * them from the stored readings, nor while a node taking the replay lead rebuilds them: the server answers requests
 * meanwhile (history, alerts and the newest readings come from the store or from what was committed since), but no
 * batch may pass the pipeline and no answer may be taken from a half-rebuilt twin. Those wait for {@link #awaited}.
 */
@ApplicationScoped
public class RestoreProgress {

    private volatile CompletableFuture<Void> restored = new CompletableFuture<>();
    // the counts for health and the 503's detail; whether it is restoring is the future's, not a copy
    private int machines;
    private int machinesRestored;
    private int failedAttempts;
    private String lastFailure;

    /** Where the restore stands, for health and for the problem a caller gets while it runs. */
    public record State(boolean restoring, int machines, int machinesRestored, int failedAttempts, String lastFailure) {
    }

    /** A restore of {@code machines} twins begins; until it finishes the twins are not to be read or fed. */
    public synchronized void begin(int machines) {
        if (restored.isDone()) {
            restored = new CompletableFuture<>();
        }
        this.machines = machines;
        machinesRestored = 0;
    }

    public synchronized void machineRestored() {
        machinesRestored++;
    }

    /**
     * The attempt failed (the database did not answer): the twins stay unrestored until an attempt succeeds. Only the
     * failure's kind is kept: the state is shown on the public health endpoint, the message (host names) goes to the log.
     */
    public synchronized void failed(Exception cause) {
        failedAttempts++;
        lastFailure = cause.getClass().getSimpleName();
    }

    public synchronized void finished() {
        restored.complete(null);
    }

    /** The application stops before a restore finished: whatever waits for it fails instead of waiting forever. */
    public void abandoned() {
        restored.completeExceptionally(new IllegalStateException("the application stopped before the twins were restored"));
    }

    public synchronized State state() {
        return new State(restoring(), machines, machinesRestored, failedAttempts, lastFailure);
    }

    public boolean restoring() {
        return !restored.isDone();
    }

    /** Waits until the twins are restored; the pipeline's batches do, whatever it takes. */
    public void awaited() {
        restored.join();
    }

    /** Waits at most {@code max} for the twins to be restored; true when they are. */
    public boolean awaited(Duration max) {
        try {
            restored.get(max.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
