package io.cnctwin.fleet.boundary;

import io.cnctwin.cluster.boundary.ClusterNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether this node's in-memory present (twins, newest readings, known machines) is what was committed. Alone on its
 * database (H2, or clustering off) every commit passes through this node: always. With several nodes on one
 * PostgreSQL only while the live relay hears the others ({@link PeerPresent}), from a LISTEN on: a commit of another
 * node while it did not listen went unheard. Each start or stop of listening begins a new epoch; what memory filled
 * from the store during an older epoch is not kept.
 */
@ApplicationScoped
public class PresentTrust {

    @Inject
    ClusterNode cluster;

    /** Decided when the node started; asked once, since each call of the singleton EJB takes its lock. */
    volatile Boolean clustered;
    private volatile boolean listening;
    private volatile long epoch;

    public boolean trusted() {
        return listening || !clustered();
    }

    /** Changes whenever the relay starts or stops listening. */
    public long epoch() {
        return epoch;
    }

    /** Runs {@code keep} unless a new epoch began since {@code since}; false when it did not run. */
    public synchronized boolean inEpoch(long since, Runnable keep) {
        if (epoch != since) {
            return false;
        }
        keep.run();
        return true;
    }

    /** The relay starts (after this node's memory caught up with the store) or stops hearing the other nodes. */
    public synchronized void listening(boolean now, Runnable forget) {
        epoch++;
        forget.run();
        listening = now;
    }

    private boolean clustered() {
        Boolean known = clustered;
        if (known == null) {
            known = cluster.clustered();
            clustered = known;
        }
        return known;
    }
}
