package io.cnctwin.replay.control;

import java.util.concurrent.locks.Lock;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One tick of the replay timer: if this node leads and the replay plays, the tick's rows are committed. A failed tick
 * closes the source and backs off; the next one that is due reopens it at the stored position, so nothing is held in
 * memory through an outage and nothing is stored twice or skipped.
 */
public class ReplayTick {

    private static final Logger LOG = Logger.getLogger(ReplayTick.class.getName());

    private final Lock ticking;
    private final TickBackoff backoff;
    private final LongSupplier nanoTime;
    private final ReplayLeadership leadership;
    private final ReplayControls controls;
    private final BatchLoop batches;
    private final SourceLifecycle sources;
    private final Runnable statusChanged;

    /** {@code ticking} is held for a whole tick; controls take it too, so they apply between two ticks. */
    public ReplayTick(Lock ticking, TickBackoff backoff, LongSupplier nanoTime, ReplayLeadership leadership,
            ReplayControls controls, BatchLoop batches, SourceLifecycle sources, Runnable statusChanged) {
        this.ticking = ticking;
        this.backoff = backoff;
        this.nanoTime = nanoTime;
        this.leadership = leadership;
        this.controls = controls;
        this.batches = batches;
        this.sources = sources;
        this.statusChanged = statusChanged;
    }

    public void tick() {
        // whatever fails, the timer must tick again: an exception escaping here would cancel it for good
        try {
            tickOnce();
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Replay tick failed outside its batch; the timer carries on", e);
        }
    }

    private void tickOnce() {
        if (!backoff.due(nanoTime.getAsLong()) || !ticking.tryLock()) {
            return;
        }
        boolean replaying = false;
        try {
            // leadership first: a node taking the lead adopts the pause and speed its predecessor left
            replaying = leadership.leading() && controls.playing();
            if (replaying) {
                batches.replay();
                int failed = backoff.succeeded();
                if (failed > 0) {
                    LOG.info(() -> "Replay recovered after " + failed + " failed tick(s); resumed from the stored position");
                }
            }
        } catch (RuntimeException e) {
            int failures = backoff.failed(nanoTime.getAsLong());
            // one stack trace per outage, not one per tick
            LOG.log(Level.WARNING, "Replay tick failed (" + failures + " in a row), retrying from the stored position: "
                    + e.getMessage(), failures == 1 ? e : null);
            sources.close();
        } finally {
            ticking.unlock();
            if (replaying) {
                statusChanged.run();
            }
        }
    }
}
