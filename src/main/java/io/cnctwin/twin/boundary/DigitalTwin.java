package io.cnctwin.twin.boundary;

import io.cnctwin.cluster.boundary.ClusterNode;
import io.cnctwin.simulation.entity.FaultEpisode;
import io.cnctwin.simulation.entity.FaultKind;
import io.cnctwin.twin.control.Await;
import io.cnctwin.twin.control.BatchReader;
import io.cnctwin.twin.control.InvalidTwinRequest;
import io.cnctwin.twin.control.MachineFilter;
import io.cnctwin.twin.control.TwinConflict;
import io.cnctwin.twin.control.PipelineGate;
import io.cnctwin.twin.control.ReplayProgress;
import io.cnctwin.twin.control.ReplaySource;
import io.cnctwin.twin.control.ReplayStep;
import io.cnctwin.twin.control.ReplayTakeover;
import io.cnctwin.twin.control.RowSource;
import io.cnctwin.twin.control.Scenarios;
import io.cnctwin.twin.control.SimulationSettings;
import io.cnctwin.twin.control.SimulationSource;
import io.cnctwin.twin.control.TickBackoff;
import io.cnctwin.twin.control.TwinRestore;
import io.cnctwin.twin.entity.PipelineResult;
import io.cnctwin.twin.entity.ReplayBatch;
import io.cnctwin.twin.entity.ReplayPosition;
import io.cnctwin.twin.entity.ReplayRow;
import io.cnctwin.twin.entity.TwinStatus;
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
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live twin of the fleet. A managed timer (the server's ManagedScheduledExecutorService, so sub-second intervals
 * work on every server) ticks every {@code twin.replay.interval} and feeds the next rows of the source (a data set
 * file or the live simulation) through the reading pipeline, together with the source position, so a restart resumes
 * without gaps or duplicates. Pause, speed, seek and source apply from the next tick; resume ticks at once. With several nodes on
 * one PostgreSQL only the node that leads ({@link ClusterNode}) replays; a node that takes the lead rebuilds its twins
 * from the database and continues from the stored position; replay controls act on the leading node only.
 */
@Singleton
@Startup
// stopped before the cluster node lets the leader lock go
@DependsOn({"DatabaseMigrations", "BootstrapAdmin", "ClusterNode"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigitalTwin {

    static final int MAX_BATCH = 4_000;
    private static final Logger LOG = Logger.getLogger(DigitalTwin.class.getName());

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
    Event<TwinStatus> statusEvents;
    @Inject
    ClusterNode cluster;
    @Inject
    ReplayTakeover takeover;

    private final ReentrantLock ticking = new ReentrantLock();
    private volatile ReplayProgress progress = new ReplayProgress();
    private volatile boolean paused;
    private volatile long rowsPerTick;
    private volatile String location;
    private RowSource source;
    private ScheduledFuture<?> timer;
    private ExecutorService readAhead;
    private TickBackoff backoff;
    private long term;

    @PostConstruct
    void start() {
        restore.restoreTwins();
        term = cluster.term();
        paused = !settings.enabled();
        rowsPerTick = settings.rowsPerTick();
        location = settings.source();
        progress.total(total(location));
        // its own thread: a task queued on a shared pool could wait behind a long import while the twin waits for it
        readAhead = Executors.newSingleThreadExecutor(threads);
        backoff = new TickBackoff(settings.interval());
        long interval = settings.interval().toMillis();
        // at a fixed rate: a tick that takes longer than the interval (a catch-up of many rows per tick) is followed
        // by the next one at once, so the replay runs at rows-per-tick per interval or as fast as the machine allows,
        // never with an idle interval between two full ticks (that cost a catch-up a tenth of its rate)
        timer = scheduler.scheduleAtFixedRate(this::tick, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Digital twin replaying " + location + " every " + settings.interval() + ", " + rowsPerTick
                + " row(s) per tick" + (paused ? " (paused: twin.replay.enabled=false)" : "")
                + (cluster.leads() ? "" : ", once this node leads (another node does)"));
    }

    void tick() {
        // whatever fails, the timer must tick again: an exception escaping here would cancel it for good
        try {
            tickOnce();
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Replay tick failed outside its batch; the timer carries on", e);
        }
    }

    private void tickOnce() {
        if (!backoff.due(System.nanoTime()) || !ticking.tryLock()) {
            return;
        }
        boolean replaying = false;
        try {
            // leadership first: a node taking the lead adopts the pause and speed its predecessor left
            replaying = leading() && !paused && !progress.finished();
            if (replaying) {
                replay(rowsPerTick);
                int failed = backoff.succeeded();
                if (failed > 0) {
                    LOG.info(() -> "Replay recovered after " + failed + " failed tick(s); resumed from the stored position");
                }
            }
        } catch (RuntimeException e) {
            int failures = backoff.failed(System.nanoTime());
            // one stack trace per outage, not one per tick
            LOG.log(Level.WARNING, "Replay tick failed (" + failures + " in a row), retrying from the stored position: "
                    + e.getMessage(), failures == 1 ? e : null);
            closeSource();
        } finally {
            ticking.unlock();
            if (replaying) {
                statusEvents.fire(status());
            }
        }
    }

    /** Only the leading node replays; on taking the lead it starts again from the database (twins, alerts, position). */
    private boolean leading() {
        long current = cluster.term();
        if (current != term) {
            closeSource();
            if (current != 0) {
                gate.through(() -> {
                    takeover.run();
                    return null;
                });
                continueAsLeftBefore();
                progress = new ReplayProgress();
                progress.total(total(location));
                LOG.info(() -> "Replay of " + location + " continues on this node from the stored position"
                        + (paused ? " (paused, as it was left)" : ""));
            }
            // only now: a takeover that failed is tried again at the next tick
            term = current;
        }
        return current != 0;
    }

    /** The source, pause and speed the previous leader left in the database win over this node's configuration. */
    private void continueAsLeftBefore() {
        ReplayPosition stored = step.stored();
        if (stored == null) {
            return;
        }
        location = stored.getSource();
        if (stored.getPaused() != null) {
            paused = stored.getPaused();
        }
        if (stored.getRowsPerTick() != null) {
            rowsPerTick = stored.getRowsPerTick();
        }
    }

    /**
     * Pause and speed go to the database too: whichever node leads next continues so. Between ticks: the first batch
     * of a new database and the controls would both create the position row.
     */
    private void storeControls() {
        ticking.lock();
        try {
            step.storeControls(location, paused, rowsPerTick);
        } finally {
            ticking.unlock();
        }
    }

    private void requireLead() {
        if (!cluster.leads()) {
            throw new TwinConflict("node " + cluster.nodeName() + " follows: the replay runs on node " + cluster.leader()
                    + " (see /health); send replay controls there");
        }
    }

    private void replay(long quota) {
        RowSource rows = openSource();
        String current = location;
        ReplayBatch batch = BatchReader.read(rows, Math.min(quota, MAX_BATCH), machineFilter::follows);
        long remaining = quota - batch.taken();
        while (true) {
            // catch-up: parse the next batch on the read-ahead thread while this one is committed; a pause stops
            // the tick after the batch in hand
            long ahead = batch.end() || paused ? 0 : Math.min(remaining, MAX_BATCH);
            Future<ReplayBatch> next = ahead > 0 ? readAhead.submit(() -> BatchReader.read(rows, ahead, machineFilter::follows)) : null;
            try {
                commit(current, batch);
            } catch (RuntimeException e) {
                // the source is closed after a failure: the read-ahead must be done with it first
                await(next);
                throw e;
            }
            if (next == null) {
                break;
            }
            batch = await(next);
            remaining -= batch.taken();
        }
        if (batch.end()) {
            // only once the last batch is committed: FINISHED means every row is stored or skipped
            progress.finish();
            LOG.info(() -> "Replay reached the end of " + location + " (" + progress.skipped() + " row(s) skipped)");
        }
    }

    private void commit(String source, ReplayBatch batch) {
        for (ReplayRow row : batch.rejected()) {
            progress.skip(row.line(), row.rejection());
            LOG.warning(() -> "Replay skipped line " + row.line() + " of " + source + ": " + row.rejection());
        }
        PipelineResult result = gate.through(() -> step.commit(source, batch.readings(), batch.position(), batch.lastTimestamp()));
        progress.committed(batch.taken(), batch.dataRows(), result, batch.lastTimestamp());
    }

    private static ReplayBatch await(Future<ReplayBatch> next) {
        return Await.result(next, "reading the replay source");
    }

    private RowSource openSource() {
        if (source == null) {
            try {
                source = SimulationSource.LOCATION.equals(location)
                        ? new SimulationSource(settings.simulation(), scenarios.episodes())
                        : ReplaySource.open(location);
                source.skipTo(step.linesConsumed(location));
                progress.position(BatchReader.dataRows(source));
            } catch (IOException e) {
                throw new IllegalStateException("cannot open replay source " + location + ": " + e.getMessage(), e);
            }
        }
        return source;
    }

    private void closeSource() {
        if (source != null) {
            source.close();
            source = null;
        }
    }

    private static long total(String location) {
        if (SimulationSource.LOCATION.equals(location)) {
            return 0;
        }
        try {
            return ReplaySource.countLines(location);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot read replay source " + location + ": " + e.getMessage());
            return 0;
        }
    }

    @PreDestroy
    void stop() {
        timer.cancel(false);
        ticking.lock();
        try {
            closeSource();
            readAhead.shutdownNow();
        } finally {
            ticking.unlock();
        }
    }

    public void pause() {
        requireLead();
        paused = true;
        storeControls();
        statusEvents.fire(status());
    }

    public void resume() {
        requireLead();
        paused = false;
        storeControls();
        statusEvents.fire(status());
        // the first rows now, not an interval later (a tick under way makes this one return at once)
        scheduler.execute(this::tick);
    }

    public void speed(long rows) {
        requireLead();
        if (rows < 1) {
            throw new InvalidTwinRequest("rows per tick must be at least 1");
        }
        rowsPerTick = rows;
        storeControls();
        statusEvents.fire(status());
    }

    /** Replays from another source, from its beginning (or from where it stood, if it was replayed before). */
    public void switchSource(String checkedLocation) {
        requireLead();
        ticking.lock();
        try {
            closeSource();
            location = checkedLocation;
            progress = new ReplayProgress();
            progress.total(total(location));
        } finally {
            ticking.unlock();
        }
        LOG.info(() -> "Replay source switched to " + checkedLocation);
        statusEvents.fire(status());
    }

    /** Moves a file replay to the first row at or after {@code to} (data time); rows already stored are skipped as duplicates. */
    public void seek(LocalDateTime to) throws IOException {
        requireLead();
        if (SimulationSource.LOCATION.equals(location)) {
            throw new TwinConflict("the live simulation cannot seek: it only moves forward");
        }
        ticking.lock();
        try {
            long lines = ReplaySource.positionBefore(location, to);
            closeSource();
            step.seek(location, lines);
            progress = new ReplayProgress();
            progress.total(total(location));
        } finally {
            ticking.unlock();
        }
        statusEvents.fire(status());
    }

    /** Injects a fault into the live simulation, starting at its next step; recorded with who asked for it. */
    public List<FaultEpisode> inject(int machineId, FaultKind kind, Duration duration, String by) {
        requireLead();
        ticking.lock();
        try {
            if (!(openSource() instanceof SimulationSource simulation)) {
                throw new TwinConflict("scenarios bend the live simulation: switch the source to 'simulation' first");
            }
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

    public TwinStatus status() {
        String state = !cluster.leads() ? "STANDBY" : progress.finished() ? "FINISHED" : paused ? "PAUSED" : "PLAYING";
        return progress.status(state, location, rowsPerTick, settings.interval());
    }
}
