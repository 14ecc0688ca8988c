package io.cnctwin.replay.control;

import io.cnctwin.replay.entity.ReplayPace;
import io.cnctwin.replay.entity.ReplayPosition;
import io.cnctwin.replay.entity.ReplayStatus;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.ToLongFunction;

/**
 * What an operator sets on the replay (pause, pace, the source) and how far the replay of that source has come. Read by the timer's thread, set by requests: the fields are volatile, the progress is replaced as a whole.
 */
public class ReplayControls {

    private final ToLongFunction<String> totalOf;
    private volatile boolean paused;
    private volatile ReplayPace pace;
    private volatile String location;
    private volatile ReplayProgress progress = new ReplayProgress();
    private volatile PaceClock clock = new PaceClock();

    /** At {@code rowsPerTick} rows a tick, as scripts and tests set it. */
    public ReplayControls(boolean paused, long rowsPerTick, String location, ToLongFunction<String> totalOf) {
        this(paused, ReplayPace.rows(rowsPerTick), location, totalOf);
    }

    /** {@code totalOf} counts a source's data rows for the status (0 when unknown or unbounded). */
    public ReplayControls(boolean paused, ReplayPace pace, String location, ToLongFunction<String> totalOf) {
        this.paused = paused;
        this.pace = pace;
        this.location = location;
        this.totalOf = totalOf;
        progress.total(totalOf.applyAsLong(location));
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    public void speed(long rows) {
        if (rows < 1) {
            throw new InvalidTwinRequest("rows per tick must be at least 1");
        }
        pace(ReplayPace.rows(rows));
    }

    public void pace(ReplayPace newPace) {
        pace = newPace;
        clock.reset();
    }

    /** The next tick's quota at the pace set; {@code next} is the data time of the source's next row. */
    public TickQuota quota(Duration interval, LocalDateTime next) {
        return clock.quota(pace, interval, next);
    }

    /** Another source from now on; its progress starts again (the stored position says where it resumes). */
    public void switchTo(String newLocation) {
        location = newLocation;
        startOver();
    }

    /** Counts again from where the source will be opened: after a seek, a switch or a takeover. */
    public void startOver() {
        ReplayProgress fresh = new ReplayProgress();
        fresh.total(totalOf.applyAsLong(location));
        progress = fresh;
        clock = new PaceClock();
    }

    /** The source, pause and speed the previous leader left in the database win over this node's configuration. */
    public void continueAsLeftBefore(ReplayPosition stored) {
        if (stored == null) {
            return;
        }
        location = stored.getSource();
        if (stored.getPaused() != null) {
            paused = stored.getPaused();
        }
        if (stored.getPace() != null) {
            pace = ReplayPace.parse(stored.getPace());
        } else if (stored.getRowsPerTick() != null) {
            pace = ReplayPace.rows(stored.getRowsPerTick());
        }
        clock = new PaceClock();
    }

    /** The replay should read more rows: not paused and not at the end of its source. */
    public boolean playing() {
        return !paused && !progress.finished();
    }

    public boolean paused() {
        return paused;
    }

    /** Rows per tick when the pace is a row count, else 0. */
    public long rowsPerTick() {
        return pace.rowsPerTick();
    }

    public ReplayPace pace() {
        return pace;
    }

    public String location() {
        return location;
    }

    public ReplayProgress progress() {
        return progress;
    }

    public ReplayStatus status(boolean leads, Duration interval) {
        ReplayProgress current = progress;
        String state = !leads ? "STANDBY" : current.finished() ? "FINISHED" : paused ? "PAUSED" : "PLAYING";
        return current.status(state, location, pace, interval);
    }
}
