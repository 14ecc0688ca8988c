package io.cnctwin.connect.boundary;

import io.cnctwin.cluster.boundary.ClusterNode;
import io.cnctwin.connect.control.ConnectorHealth;
import io.cnctwin.connect.control.ConnectorRun;
import io.cnctwin.connect.entity.Connector;
import io.cnctwin.connect.entity.ConnectorState;
import io.cnctwin.connect.entity.ConnectorStatus;
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
import jakarta.inject.Inject;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Runs the configured connectors, started at boot. Every second it compares what runs with the database: a connector
 * added, enabled or edited (a new version) starts, one removed, disabled or edited stops. Only the leading node runs
 * connectors ({@link ClusterNode}); when the lead moves, the new leader starts them from the stored settings and
 * positions (an MQTT session is the broker's, by client id, so what it holds goes to the new leader).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrations", "ClusterNode"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConnectorRuntime {

    private static final Logger LOG = Logger.getLogger(ConnectorRuntime.class.getName());

    private record Running(long version, ConnectorRun run, ConnectorHealth health) {
    }

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ConnectorStore store;
    @Inject
    ClusterNode cluster;
    @Inject
    ConnectorStarter starter;
    @Inject
    ConnectorSecretsKey secrets;

    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    private final Map<Long, ConnectorHealth> idle = new ConcurrentHashMap<>();
    private ScheduledFuture<?> timer;

    @PostConstruct
    void start() {
        try {
            store.sealPlainSecrets();
        } catch (RuntimeException e) {
            // another node sealed them at the same moment, or the database is away: the next start tries again
            LOG.log(Level.WARNING, "Connectors: could not encrypt the secrets stored in plain; trying at the next start", e);
        }
        timer = scheduler.scheduleWithFixedDelay(this::reconcileQuietly, 0, 1, TimeUnit.SECONDS);
    }

    private void reconcileQuietly() {
        try {
            reconcile();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Connectors: could not read their settings; trying again in a second", e);
        }
    }

    synchronized void reconcile() {
        boolean leads = cluster.leads();
        List<Connector> configured = store.all();
        Map<Long, Connector> byId = configured.stream().collect(Collectors.toMap(Connector::getId, c -> c));
        for (Long id : Set.copyOf(running.keySet())) {
            Connector connector = byId.get(id);
            if (!leads || connector == null || !connector.isEnabled() || connector.getVersion() != running.get(id).version()) {
                stop(id);
            }
        }
        Map<Long, ConnectorHealth> resting = new HashMap<>();
        for (Connector connector : configured) {
            if (running.containsKey(connector.getId())) {
                continue;
            }
            if (leads && connector.isEnabled()) {
                begin(connector);
            } else {
                resting.put(connector.getId(), new ConnectorHealth(connector.isEnabled() ? ConnectorState.STANDBY
                        : ConnectorState.DISABLED, InstantSource.system()));
            }
        }
        resting.forEach((id, health) -> idle.merge(id, health, (old, fresh) ->
                old.view().state() == fresh.view().state() ? old : fresh));
        idle.keySet().removeIf(id -> !resting.containsKey(id));
    }

    private void begin(Connector connector) {
        ConnectorHealth health = new ConnectorHealth(ConnectorState.RETRYING, InstantSource.system());
        try {
            ConnectorRun run = starter.create(connector, secrets.open(connector), health);
            running.put(connector.getId(), new Running(connector.getVersion(), run, health));
            run.start();
            LOG.info(() -> "Connector " + connector.getId() + " (" + connector.getName() + ", " + connector.getKind() + ") started");
        } catch (IllegalArgumentException e) {
            health.failed(e.getMessage());
            running.put(connector.getId(), new Running(connector.getVersion(), ConnectorRun.NOTHING, health));
        }
    }

    private void stop(long id) {
        Running stopped = running.remove(id);
        if (stopped != null) {
            stopped.run().close();
            LOG.info(() -> "Connector " + id + " stopped");
        }
    }

    /** The status of a connector on this node. */
    public ConnectorStatus status(long id) {
        Running run = running.get(id);
        ConnectorHealth health = run != null ? run.health() : idle.get(id);
        return health != null ? health.view()
                : new ConnectorHealth(ConnectorState.STANDBY, InstantSource.system()).view();
    }

    @PreDestroy
    void stopAll() {
        if (timer != null) {
            timer.cancel(false);
        }
        synchronized (this) {
            Set.copyOf(running.keySet()).forEach(this::stop);
        }
    }
}
