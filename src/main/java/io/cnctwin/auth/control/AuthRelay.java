package io.cnctwin.auth.control;

import io.cnctwin.auth.boundary.SigningKeys;
import io.cnctwin.cluster.boundary.ClusterNode;
import io.cnctwin.cluster.entity.ClusterJoined;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Spreads token revocations and key rotations to every node on one PostgreSQL, as the live relay spreads messages:
 * the node that makes a change NOTIFYs it inside the change's transaction (so it goes out exactly when the change
 * commits), and one thread per node LISTENs on a dedicated connection and hands what other nodes say to
 * {@link SigningKeys}. Started only when the node is clustered. A node that was not listening (restarting,
 * reconnecting) loads the stored revocations and keys when it starts; while its listening connection is down it
 * keeps accepting what it knew (at most one access-token lifetime).
 */
@ApplicationScoped
public class AuthRelay {

    static final String CHANNEL = "cnc_twin_auth";
    private static final Logger LOG = Logger.getLogger(AuthRelay.class.getName());

    @Inject
    ClusterNode node;
    @Inject
    SigningKeys keys;
    @Resource
    ManagedThreadFactory threads;
    @PersistenceContext
    EntityManager em;

    private volatile boolean running;
    private volatile Thread worker;

    void start(@Observes ClusterJoined joined) {
        running = true;
        worker = threads.newThread(this::listen);
        worker.setName("cnc-twin-auth-relay");
        worker.start();
        LOG.info(() -> "Token revocations and key rotations shared on PostgreSQL channel " + CHANNEL);
    }

    /** Tells the other nodes, when the caller's transaction commits; nothing to tell when not clustered. */
    public void tell(AuthNotice notice) {
        if (running) {
            // pg_notify returns void, which not every JPA provider reads: as text it is "", whose length every one does
            em.createNativeQuery("SELECT LENGTH(CAST(pg_notify(?, ?) AS TEXT))").setParameter(1, CHANNEL)
                    .setParameter(2, notice.payload()).getSingleResult();
        }
    }

    public String nodeName() {
        return running ? node.nodeName() : "";
    }

    private void listen() {
        while (running) {
            try (Connection connection = node.open("cnc-twin auth relay " + node.nodeName())) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                keys.reload(); // what changed while this node did not listen
                while (running) {
                    PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(250);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            AuthNotice notice = AuthNotice.parse(notification.getParameter());
                            if (notice != null && !notice.node().equals(node.nodeName())) {
                                keys.heard(notice);
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warning("Auth relay connection failed, reconnecting in 1 s: " + e.getMessage());
                    pause();
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
