package io.cnctwin.presence.boundary;

import io.cnctwin.alert.boundary.EventAlerts;
import io.cnctwin.cluster.boundary.ClusterNode;
import io.cnctwin.presence.control.OfflineEpisodes;
import io.cnctwin.presence.entity.MachinePresence;
import io.cnctwin.presence.entity.WatchedMachine;
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
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the leading node, every {@code twin.connection.check-interval} (PT1S): the presence clock's heartbeat, then each
 * machine's connection health against what was decided before. A machine gone OFFLINE raises its machine_offline
 * alert (re-assessed once a minute while it stays so, for the rule's critical threshold); one back ONLINE clears it.
 * The episode is kept in the reading's data time: from when its last reading stopped holding (its time plus the
 * expected interval) to its newest reading when it is seen back.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrations", "ClusterNode"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OfflineMonitor {

    private static final Logger LOG = Logger.getLogger(OfflineMonitor.class.getName());

    @Inject
    @ConfigProperty(name = "twin.connection.check-interval", defaultValue = "PT1S")
    Duration checkInterval;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ClusterNode cluster;
    @Inject
    MachinePresences presences;
    @Inject
    PresenceClock clock;
    @Inject
    EventAlerts alerts;

    private final OfflineEpisodes episodes = new OfflineEpisodes();
    private ScheduledFuture<?> timer;
    private volatile boolean failing;

    @PostConstruct
    void start() {
        timer = scheduler.scheduleWithFixedDelay(this::checkQuietly, checkInterval.toMillis(), checkInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void checkQuietly() {
        try {
            check();
            failing = false;
        } catch (RuntimeException e) {
            // the next check decides again from the database; what was decided in memory may not have been stored
            episodes.forget();
            if (!failing) {
                LOG.log(Level.WARNING, "Connection health: could not check; again every " + checkInterval
                        + " (logged again once it worked)", e);
            }
            failing = true;
        }
    }

    synchronized void check() {
        if (!cluster.leads()) {
            episodes.forget();
            presences.notLeading();
            return;
        }
        // a missed heartbeat of three intervals (and at least 3 s) means the twin was down in between
        presences.beaten(clock.beat(System.currentTimeMillis(), Math.max(3000, 3 * checkInterval.toMillis())));
        for (WatchedMachine machine : presences.watched()) {
            MachinePresence presence = machine.presence();
            switch (episodes.next(presence)) {
                case OFFLINE -> alerts.offline(machine.machineId(), presence.silentSeconds() / 60,
                        OfflineEpisodes.since(machine.lastReadingAt(), presence), OfflineEpisodes.offlineWords(presence));
                case ONLINE -> alerts.online(machine.machineId(), machine.lastReadingAt(), OfflineEpisodes.onlineWords(presence));
                default -> { }
            }
        }
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
