package io.cnctwin.replay.control;

import io.cnctwin.alert.boundary.AlertEngine;
import io.cnctwin.twin.boundary.MachineTwins;
import io.cnctwin.twin.boundary.RestoreProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * What a node does when it takes the replay lead from another: while it followed, the leader's readings and alert
 * changes went past its in-memory state, so the twins are rebuilt from the stored readings and the alert engine
 * reloads the open alerts, as at start. The replay position is read from the database when the source reopens.
 */
@ApplicationScoped
public class ReplayTakeover {

    private static final Logger LOG = Logger.getLogger(ReplayTakeover.class.getName());

    @Inject
    MachineTwins twins;
    @Inject
    TwinRestore restore;
    @Inject
    AlertEngine alerts;
    @Inject
    RestoreProgress progress;

    /** Run with the pipeline gate held: no batch of this node may see the twins half rebuilt, nor may a reader. */
    public void run() {
        long started = System.nanoTime();
        progress.begin(0);
        twins.clear();
        alerts.reload();
        restore.restoreTwins();
        LOG.info(() -> "Took over the replay lead: twins and open alerts reloaded in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
