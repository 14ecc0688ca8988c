package io.cnctwin.replay.control;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * How the twin starts: its twins are restored from the database in the background, again every {@code retry} while
 * the database fails, and only then do the replay's ticks begin. The server answers requests meanwhile; what needs
 * the twins waits for them ({@code RestoreProgress}).
 */
public class RestoreThenTick {

    private static final Logger LOG = Logger.getLogger(RestoreThenTick.class.getName());

    private final ScheduledExecutorService scheduler;
    private final Runnable restore;
    private final Runnable tick;
    private final Duration interval;
    private final Duration retry;
    private Future<?> restoring;
    private ScheduledFuture<?> ticks;
    private boolean stopped;

    public RestoreThenTick(ScheduledExecutorService scheduler, Runnable restore, Runnable tick, Duration interval,
            Duration retry) {
        this.scheduler = scheduler;
        this.restore = restore;
        this.tick = tick;
        this.interval = interval;
        this.retry = retry;
    }

    public synchronized void start() {
        restoring = scheduler.submit(this::attempt);
    }

    /** No more attempts and no more ticks; a tick under way finishes. */
    public synchronized void stop() {
        stopped = true;
        if (restoring != null) {
            restoring.cancel(false);
        }
        if (ticks != null) {
            ticks.cancel(false);
        }
    }

    public synchronized boolean ticking() {
        return ticks != null && !ticks.isDone();
    }

    private void attempt() {
        long started = System.nanoTime();
        try {
            restore.run();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Restoring the twins from the database failed, trying again in " + retry.toSeconds()
                    + " s: " + e);
            synchronized (this) {
                if (!stopped) {
                    restoring = scheduler.schedule(this::attempt, retry.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
            return;
        }
        LOG.info(() -> "Twins restored from the database in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        synchronized (this) {
            if (!stopped) {
                // at a fixed rate: a tick that takes longer than the interval (a catch-up of many rows per tick) is
                // followed by the next one at once, so the replay runs at rows-per-tick per interval or as fast as the
                // machine allows, never with an idle interval between two full ticks (that cost a catch-up a tenth of
                // its rate)
                ticks = scheduler.scheduleAtFixedRate(tick, interval.toMillis(), interval.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
    }
}
