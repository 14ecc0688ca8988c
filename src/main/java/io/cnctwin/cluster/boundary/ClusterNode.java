package io.cnctwin.cluster.boundary;

import io.cnctwin.cluster.control.AdvisoryLock;
import io.cnctwin.cluster.control.ConnectionSettings;
import io.cnctwin.cluster.entity.ClusterJoined;
import io.cnctwin.cluster.entity.NodeRole;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * This node's place among the nodes sharing one PostgreSQL database. Every node competes, at start and then every
 * {@code twin.cluster.heartbeat}, for one advisory lock on a dedicated connection (not from the pool); the holder leads
 * (replays), the others follow. A leader whose session ends loses the lock at once on the server; it notices at its
 * next heartbeat, and until then {@link LeaderFence} keeps its replay writes out. On any other database (the embedded
 * H2 default), or with {@code twin.cluster.enabled=false}, the node is alone and always leads: no connection, no thread.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterNode {

    /** "CncT": the one lock all nodes of a database compete for (advisory locks are per database). */
    static final long LEADER_LOCK = 0x436E6354L;
    /** The application name of the lock session in pg_stat_activity, before the node's name. */
    static final String LOCK_SESSION = "cnc-twin leader lock ";
    private static final Logger LOG = Logger.getLogger(ClusterNode.class.getName());

    @Resource
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ClusterSettings settings;
    @Inject
    Event<ClusterJoined> joined;

    private volatile ConnectionSettings connections;
    private volatile AdvisoryLock lock;
    private volatile long term;
    private volatile int leaderPid;
    private volatile Instant roleSince = Instant.now();
    private volatile String leader;
    private long terms;
    private ScheduledFuture<?> heartbeat;

    @PostConstruct
    void start() {
        connections = settings.enabled() ? postgres() : null;
        if (connections == null) {
            term = 1;
            return;
        }
        LOG.info(() -> "Node " + settings.nodeName() + " on PostgreSQL (" + connections + "): competing for the replay"
                + " lead every " + settings.heartbeat());
        beat();
        long every = settings.heartbeat().toMillis();
        heartbeat = scheduler.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        joined.fire(new ClusterJoined(settings.nodeName()));
    }

    private ConnectionSettings postgres() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            if (!"PostgreSQL".equals(metadata.getDatabaseProductName())) {
                return null;
            }
            return ConnectionSettings.of(settings.url(), settings.user(), settings.password(), metadata.getURL(),
                    metadata.getUserName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the datasource's metadata: " + e.getMessage(), e);
        }
    }

    /** One heartbeat: a follower tries for the lock, a leader makes sure it still holds it. */
    void beat() {
        try {
            if (lock == null) {
                lock = new AdvisoryLock(open(LOCK_SESSION + settings.nodeName()), LEADER_LOCK);
            }
            if (term != 0 && !lock.held()) {
                following("the lock is no longer held by this session");
            } else if (term == 0 && lock.tryAcquire()) {
                leaderPid = lock.backendPid();
                roleSince = Instant.now();
                leader = settings.nodeName();
                term = ++terms;
                LOG.info(() -> "Node " + settings.nodeName() + " leads (term " + term + ")");
            } else if (term == 0) {
                leader = nodeOf(lock.holder());
            }
        } catch (SQLException | RuntimeException e) {
            if (term != 0) {
                following("its session failed: " + e.getMessage());
            } else {
                LOG.log(Level.FINE, "Leader lock unavailable", e);
            }
            closeLock();
        }
    }

    private static String nodeOf(String applicationName) {
        return applicationName == null ? null
                : applicationName.startsWith(LOCK_SESSION) ? applicationName.substring(LOCK_SESSION.length()) : applicationName;
    }

    private void following(String why) {
        term = 0;
        roleSince = Instant.now();
        LOG.warning(() -> "Node " + settings.nodeName() + " lost the lead: " + why);
    }

    /** A new connection to the database, outside the pool, for a node-long purpose (the leader lock, LISTEN). */
    public Connection open(String purpose) throws SQLException {
        ConnectionSettings target = connections;
        if (target == null) {
            throw new SQLException("this node is not clustered");
        }
        // the driver packaged with the application, named directly: its PGConnection is the one the relay sees
        Connection connection = new org.postgresql.Driver().connect(target.url(), target.properties(purpose));
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver does not accept " + target);
        }
        return connection;
    }

    /** True when other nodes may share the database (PostgreSQL, clustering enabled). */
    public boolean clustered() {
        return connections != null;
    }

    /** The current leadership term of this node, 0 while it follows; a new number each time it takes the lead. */
    public long term() {
        return term;
    }

    public boolean leads() {
        return term != 0;
    }

    public NodeRole role() {
        return leads() ? NodeRole.LEADER : NodeRole.FOLLOWER;
    }

    /** The name of the node that leads, as of the last heartbeat (this node's own while it leads); null if unknown. */
    public String leader() {
        return connections == null ? settings.nodeName() : leader;
    }

    public Instant roleSince() {
        return roleSince;
    }

    public String nodeName() {
        return settings.nodeName();
    }

    /**
     * What anonymous callers (/health) and error messages see for a node name: a stable label from its hash, not the
     * host name and process id the default name is made of.
     */
    public static String publicName(String nodeName) {
        if (nodeName == null) {
            return null;
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(nodeName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "node-" + java.util.HexFormat.of().formatHex(hash, 0, 5);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of the leader lock, for the fencing check. */
    public long lockKey() {
        return LEADER_LOCK;
    }

    /** The backend pid of the session that holds (or last held) the lead for this node. */
    public int leaderPid() {
        return leaderPid;
    }

    @PreDestroy
    void stop() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        term = 0;
        // ends the session: the next node takes over at its next heartbeat, without waiting for a timeout
        closeLock();
    }

    private void closeLock() {
        AdvisoryLock held = lock;
        lock = null;
        if (held != null) {
            held.close();
        }
    }
}
