package io.cnctwin.replay.control;

import io.cnctwin.replay.entity.ReplayPosition;
import io.cnctwin.replay.entity.ReplayStatus;
import java.time.Duration;
import java.util.function.ToLongFunction;

/**
 * What an operator sets on the replay (pause, rows per tick, the source) and how far the replay of that source has
 * come. Read by the timer's thread, set by requests: the fields are volatile, the progress is replaced as a whole.
 */
public class ReplayControls {

    private final ToLongFunction<String> totalOf;
    private volatile boolean paused;
    private volatile long rowsPerTick;
    private volatile String location;
    private volatile ReplayProgress progress = new ReplayProgress();

    /** {@code totalOf} counts a source's data rows for the status (0 when unknown or unbounded). */
    public ReplayControls(boolean paused, long rowsPerTick, String location, ToLongFunction<String> totalOf) {
        this.paused = paused;
        this.rowsPerTick = rowsPerTick;
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
        rowsPerTick = rows;
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
        if (stored.getRowsPerTick() != null) {
            rowsPerTick = stored.getRowsPerTick();
        }
    }

    /** The replay should read more rows: not paused and not at the end of its source. */
    public boolean playing() {
        return !paused && !progress.finished();
    }

    public boolean paused() {
        return paused;
    }

    public long rowsPerTick() {
        return rowsPerTick;
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
        return current.status(state, location, rowsPerTick, interval);
    }
}
