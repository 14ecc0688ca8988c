package io.cnctwin.replay.control;

import io.cnctwin.replay.entity.ReplayPosition;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Only the leading node replays. The cluster's term (0 while this node follows) tells when the lead changed hands:
 * the source is closed, and a node that takes the lead starts again from the database (twins, alerts, position) and
 * continues with the source, pause and speed its predecessor left.
 */
public class ReplayLeadership {

    private static final Logger LOG = Logger.getLogger(ReplayLeadership.class.getName());

    private final LongSupplier currentTerm;
    private final Runnable takeover;
    private final Supplier<ReplayPosition> stored;
    private final SourceLifecycle sources;
    private final ReplayControls controls;
    private long term;

    /**
     * {@code term} is the one this node started in (its twins were restored at start already); {@code takeover}
     * rebuilds the in-memory state from the database; {@code stored} reads the position the last leader left.
     */
    public ReplayLeadership(long term, LongSupplier currentTerm, Runnable takeover, Supplier<ReplayPosition> stored,
            SourceLifecycle sources, ReplayControls controls) {
        this.term = term;
        this.currentTerm = currentTerm;
        this.takeover = takeover;
        this.stored = stored;
        this.sources = sources;
        this.controls = controls;
    }

    /** Whether this node leads; the first call in a new term of its own takes the replay over first. */
    public boolean leading() {
        long current = currentTerm.getAsLong();
        if (current != term) {
            sources.close();
            if (current != 0) {
                takeover.run();
                controls.continueAsLeftBefore(stored.get());
                controls.startOver();
                LOG.info(() -> "Replay of " + controls.location() + " continues on this node from the stored position"
                        + (controls.paused() ? " (paused, as it was left)" : ""));
            }
            // only now: a takeover that failed is tried again at the next tick
            term = current;
        }
        return current != 0;
    }
}
