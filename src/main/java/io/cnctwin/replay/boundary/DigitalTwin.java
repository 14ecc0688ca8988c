package io.cnctwin.replay.boundary;

import io.cnctwin.cluster.boundary.ClusterNode;
import io.cnctwin.pipeline.boundary.PipelineGate;
import io.cnctwin.reading.boundary.ReplaySource;
import io.cnctwin.reading.boundary.RowSource;
import io.cnctwin.replay.control.BatchLoop;
import io.cnctwin.replay.control.InvalidTwinRequest;
import io.cnctwin.replay.control.MachineFilter;
import io.cnctwin.replay.control.ReplayControls;
import io.cnctwin.replay.control.ReplayLeadership;
import io.cnctwin.replay.control.ReplayStep;
import io.cnctwin.replay.control.ReplayTakeover;
import io.cnctwin.replay.control.ReplayTick;
import io.cnctwin.replay.control.RestoreThenTick;
import io.cnctwin.replay.control.Scenarios;
import io.cnctwin.replay.control.SimulationSource;
import io.cnctwin.replay.control.SourceLifecycle;
import io.cnctwin.replay.control.SourceLocations;
import io.cnctwin.replay.control.TickBackoff;
import io.cnctwin.replay.control.TwinConflict;
import io.cnctwin.replay.control.TwinRestore;
import io.cnctwin.replay.entity.ReplayPace;
import io.cnctwin.replay.entity.ReplayStatus;
import io.cnctwin.simulation.entity.FaultEpisode;
import io.cnctwin.simulation.entity.FaultKind;
import io.cnctwin.twin.boundary.RestoreProgress;
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
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * The live twin of the fleet. A managed timer (the server's ManagedScheduledExecutorService, so sub-second intervals
 * work on every server) ticks every {@code twin.replay.interval} and feeds the next rows of the source (a data set
 * file or the live simulation) through the reading pipeline, together with the source position, so a restart resumes
 * without gaps or duplicates. Pause, speed, seek and source apply from the next tick; resume ticks at once. With several nodes on
 * one PostgreSQL only the node that leads ({@link ClusterNode}) replays; a node that takes the lead rebuilds its twins
 * from the database and continues from the stored position; replay controls act on the leading node only.
 * At start the twins are restored from the database in the background: the server takes requests meanwhile, batches
 * wait at the {@link PipelineGate} and the ticks begin once the twins are restored ({@link RestoreProgress}).
 * The steps are plain classes of replay.control: {@link ReplayTick}, {@link ReplayLeadership}, {@link BatchLoop},
 * {@link SourceLifecycle} and {@link ReplayControls}.
 */
@Singleton
@Startup
// stopped before the cluster node lets the leader lock go
@DependsOn({"DatabaseMigrations", "BootstrapAdmin", "ClusterNode"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigitalTwin {

    private static final Logger LOG = Logger.getLogger(DigitalTwin.class.getName());
    static final Duration RESTORE_RETRY = Duration.ofSeconds(5);

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Resource
    ManagedThreadFactory threads;
    @Inject
    ReplayStep step;
    @Inject
    PipelineGate gate;
    @Inject
    TwinRestore restore;
    @Inject
    MachineFilter machineFilter;
    @Inject
    Scenarios scenarios;
    @Inject
    TwinSettings settings;
    @Inject
    Event<ReplayStatus> statusEvents;
    @Inject
    ClusterNode cluster;
    @Inject
    ReplayTakeover takeover;
    @Inject
    RestoreProgress restoreProgress;

    private final ReentrantLock ticking = new ReentrantLock();
    private ReplayControls controls;
    private SourceLifecycle sources;
    private ReplayTick ticks;
    private RestoreThenTick start;
    private ExecutorService readAhead;

    @PostConstruct
    void start() {
        long term = cluster.term();
        controls = new ReplayControls(!settings.enabled(), settings.pace(), settings.source(), SourceLocations::total);
        sources = new SourceLifecycle(this::open, step::linesConsumed, step::seek, ReplaySource::positionBefore,
                controls);
        // its own thread: a task queued on a shared pool could wait behind a long import while the twin waits for it
        readAhead = Executors.newSingleThreadExecutor(threads);
        BatchLoop batches = new BatchLoop(sources, controls, readAhead, (source, batch) -> gate.through(
                () -> step.commit(source, batch.readings(), batch.position(), batch.lastTimestamp())), machineFilter::follows,
                settings.interval());
        ReplayLeadership leadership = new ReplayLeadership(term, cluster::term, () -> gate.rebuilding(takeover::run),
                step::stored, sources, controls);
        ticks = new ReplayTick(ticking, new TickBackoff(settings.interval()), System::nanoTime, leadership, controls,
                batches, sources, () -> statusEvents.fire(status()));
        // the server takes requests while the twins are rebuilt (issue 22): batches wait at the gate until they are
        start = new RestoreThenTick(scheduler, () -> gate.rebuilding(restore::restoreTwins), ticks::tick,
                settings.interval(), RESTORE_RETRY);
        start.start();
        LOG.info(() -> "Digital twin replaying " + controls.location() + " every " + settings.interval() + ", "
                + "at pace " + controls.pace().text()
                + (controls.paused() ? " (paused: twin.replay.enabled=false)" : "")
                + (cluster.leads() ? "" : ", once this node leads (another node does)")
                + " once its twins are restored from the database");
    }

    private RowSource open(String location) throws IOException {
        return SimulationSource.LOCATION.equals(location)
                ? new SimulationSource(settings.simulation(), scenarios.episodes())
                : ReplaySource.open(location);
    }

    @PreDestroy
    void stop() {
        start.stop();
        restoreProgress.abandoned();
        ticking.lock();
        try {
            sources.close();
            readAhead.shutdownNow();
        } finally {
            ticking.unlock();
        }
    }

    public void pause() {
        requireLead();
        controls.pause();
        storeControls();
        statusEvents.fire(status());
    }

    public void resume() {
        requireLead();
        controls.resume();
        storeControls();
        statusEvents.fire(status());
        // the first rows now, not an interval later (a tick under way makes this one return at once)
        scheduler.execute(ticks::tick);
    }

    public void speed(ReplayPace pace) {
        requireLead();
        controls.pace(pace);
        storeControls();
        statusEvents.fire(status());
    }

    /** Replays from another source, from its beginning (or from where it stood, if it was replayed before). */
    public void switchSource(String checkedLocation) {
        requireLead();
        betweenTicks(() -> sources.switchTo(checkedLocation));
        LOG.info(() -> "Replay source switched to " + checkedLocation);
        statusEvents.fire(status());
    }

    /** Moves a file replay to the first row at or after {@code to} (data time); rows already stored are skipped as duplicates. */
    public void seek(LocalDateTime to) throws IOException {
        requireLead();
        sources.requireSeekable();
        betweenTicks(() -> sources.seek(to));
        statusEvents.fire(status());
    }

    /** Injects a fault into the live simulation, starting at its next step; recorded with who asked for it. */
    public List<FaultEpisode> inject(int machineId, FaultKind kind, Duration duration, String by) {
        requireLead();
        ticking.lock();
        try {
            SimulationSource simulation = sources.simulation();
            List<FaultEpisode> episodes;
            try {
                episodes = simulation.inject(machineId, kind, duration);
            } catch (IllegalArgumentException e) {
                throw new InvalidTwinRequest(e.getMessage());
            }
            scenarios.record(episodes.stream().filter(e -> e.machineId() == machineId).findFirst().orElse(episodes.get(0)), by);
            return episodes;
        } finally {
            ticking.unlock();
        }
    }

    public ReplayStatus status() {
        return controls.status(cluster.leads(), settings.interval());
    }

    /**
     * Pause and speed go to the database too: whichever node leads next continues so. Between ticks: the first batch
     * of a new database and the controls would both create the position row.
     */
    private void storeControls() {
        betweenTicks(() -> step.storeControls(controls.location(), controls.paused(), controls.pace()));
    }

    /** Holds the tick lock: a control never changes the source or the position under a tick that uses them. */
    private <E extends Exception> void betweenTicks(Control<E> control) throws E {
        ticking.lock();
        try {
            control.run();
        } finally {
            ticking.unlock();
        }
    }

    private interface Control<E extends Exception> {
        void run() throws E;
    }

    private void requireLead() {
        if (!cluster.leads()) {
            throw new TwinConflict("node " + ClusterNode.publicName(cluster.nodeName()) + " follows: the replay runs on node "
                    + ClusterNode.publicName(cluster.leader())
                    + " (see /health); send replay controls there");
        }
    }
}
