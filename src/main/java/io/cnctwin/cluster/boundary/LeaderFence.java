package io.cnctwin.cluster.boundary;

import io.cnctwin.cluster.control.AdvisoryLock;
import io.cnctwin.cluster.control.NotLeaderException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The fencing check of the replay's write: inside the caller's transaction, after it has locked the replay position
 * row, the database must show the leader lock held by this node's lock session. A node whose session ended (crash of
 * its connection, network cut) fails here although it has not noticed yet; a node that takes over reads the position
 * only after this transaction ends (the row lock), so it neither repeats nor skips the batch.
 */
@ApplicationScoped
public class LeaderFence {

    @Inject
    ClusterNode node;
    @PersistenceContext
    EntityManager em;

    /** Throws {@link NotLeaderException} (the transaction rolls back) unless this node holds the lead. */
    public void check() {
        if (!node.clustered()) {
            return;
        }
        int pid = node.leaderPid();
        if (!node.leads() || !held(pid)) {
            throw new NotLeaderException("node " + node.nodeName() + " does not hold the leader lock: replay write refused");
        }
    }

    private boolean held(int pid) {
        Number count = (Number) em.createNativeQuery(AdvisoryLock.HELD_BY).setParameter(1, node.lockKey())
                .setParameter(2, pid).getSingleResult();
        return count.longValue() > 0;
    }
}
