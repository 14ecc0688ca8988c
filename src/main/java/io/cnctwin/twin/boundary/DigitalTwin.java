package io.cnctwin.twin.boundary;

import io.cnctwin.twin.control.ReplayProgress;
import io.cnctwin.twin.control.ReplaySource;
import io.cnctwin.twin.control.ReplayStep;
import io.cnctwin.twin.control.PipelineGate;
import io.cnctwin.twin.control.TwinRestore;
import io.cnctwin.twin.control.MachineFilter;
import io.cnctwin.twin.entity.PipelineResult;
import io.cnctwin.twin.entity.ReplayRow;
import io.cnctwin.twin.entity.TwinStatus;
import io.cnctwin.telemetry.entity.Reading;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The live twin of the fleet. A managed timer (the server's ManagedScheduledExecutorService, so sub-second intervals
 * work on every server) ticks every {@code twin.replay.interval} and feeds the next
 * rows of the replay source through the reading pipeline, together with the replay position (so a restart resumes
 * without gaps or duplicates). Pause, resume and speed apply from the next tick.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrations", "BootstrapAdmin"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigitalTwin {

    static final int MAX_BATCH = 1_000;
    private static final Logger LOG = Logger.getLogger(DigitalTwin.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ReplayStep step;
    @Inject
    PipelineGate gate;
    @Inject
    TwinRestore restore;
    @Inject
    MachineFilter machineFilter;
    @Inject
    Event<TwinStatus> statusEvents;

    @Inject
    @ConfigProperty(name = "twin.replay.interval", defaultValue = "PT2.5S")
    Duration interval;
    @Inject
    @ConfigProperty(name = "twin.replay.source", defaultValue = "classpath:data/fleet.csv.gz")
    String sourceLocation;
    @Inject
    @ConfigProperty(name = "twin.replay.rows-per-tick", defaultValue = "1")
    long rowsPerTick;
    @Inject
    @ConfigProperty(name = "twin.replay.enabled", defaultValue = "true")
    boolean enabled;

    private final ReentrantLock ticking = new ReentrantLock();
    private final ReplayProgress progress = new ReplayProgress();
    private volatile boolean paused;
    private ReplaySource source;
    private ScheduledFuture<?> timer;

    @PostConstruct
    void start() {
        restore.restoreTwins();
        paused = !enabled;
        progress.total(countLines());
        timer = scheduler.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info(() -> "Digital twin replaying " + sourceLocation + " every " + interval + ", " + rowsPerTick + " row(s) per tick"
                + (paused ? " (paused: twin.replay.enabled=false)" : ""));
    }

    void tick() {
        if (paused || progress.finished() || !ticking.tryLock()) {
            return;
        }
        try {
            replay(rowsPerTick);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Replay tick failed, retrying from the stored position next tick: " + e.getMessage(), e);
            closeSource();
        } finally {
            ticking.unlock();
            statusEvents.fire(status());
        }
    }

    private void replay(long quota) {
        ReplaySource replay = openSource();
        long remaining = quota;
        while (remaining > 0 && !progress.finished()) {
            List<Reading> batch = new ArrayList<>();
            LocalDateTime last = null;
            int taken = 0;
            while (taken < Math.min(remaining, MAX_BATCH)) {
                Optional<ReplayRow> row = replay.next();
                if (row.isEmpty()) {
                    progress.finish();
                    LOG.info(() -> "Replay reached the end of " + sourceLocation + " (" + progress.skipped() + " row(s) skipped)");
                    break;
                }
                taken++;
                last = take(row.get(), batch, last);
            }
            long lines = replay.linesRead();
            LocalDateTime lastTimestamp = last;
            PipelineResult result = gate.through(() -> step.commit(sourceLocation, batch, lines, lastTimestamp));
            progress.committed(taken, lines - 1, result, lastTimestamp);
            remaining -= taken;
        }
    }

    private LocalDateTime take(ReplayRow row, List<Reading> batch, LocalDateTime last) {
        if (!row.accepted()) {
            progress.skip(row.line(), row.rejection());
            LOG.warning(() -> "Replay skipped line " + row.line() + " of " + sourceLocation + ": " + row.rejection());
            return last;
        }
        if (machineFilter.follows(row.reading().machineId())) {
            batch.add(row.reading());
        }
        return row.reading().timestamp();
    }

    private ReplaySource openSource() {
        if (source == null) {
            try {
                source = ReplaySource.open(sourceLocation);
                long position = step.linesConsumed(sourceLocation);
                source.skipTo(position);
                progress.position(Math.max(0, source.linesRead() - 1));
            } catch (IOException e) {
                throw new IllegalStateException("cannot open replay source " + sourceLocation + ": " + e.getMessage(), e);
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

    private long countLines() {
        try {
            return ReplaySource.countLines(sourceLocation);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot read replay source " + sourceLocation + ": " + e.getMessage());
            return 0;
        }
    }

    @PreDestroy
    void stop() {
        timer.cancel(false);
        ticking.lock();
        try {
            closeSource();
        } finally {
            ticking.unlock();
        }
    }

    public void pause() {
        paused = true;
        statusEvents.fire(status());
    }

    public void resume() {
        paused = false;
        statusEvents.fire(status());
    }

    public void speed(long rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows per tick must be at least 1");
        }
        rowsPerTick = rows;
        statusEvents.fire(status());
    }

    public TwinStatus status() {
        String state = progress.finished() ? "FINISHED" : paused ? "PAUSED" : "PLAYING";
        return progress.status(state, sourceLocation, rowsPerTick, interval);
    }
}
