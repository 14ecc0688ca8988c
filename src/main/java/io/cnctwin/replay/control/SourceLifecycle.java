package io.cnctwin.replay.control;

import io.cnctwin.reading.boundary.RowSource;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.function.ObjLongConsumer;
import java.util.function.ToLongFunction;

/**
 * The source the replay reads: opened on the first tick that needs it, at the position stored in the database, and
 * closed after a failure, a switch, a seek or a change of leader, so the next tick reopens it where the last committed
 * batch left it. Callers hold the twin's tick lock: a tick never reads a source being closed.
 */
public class SourceLifecycle {

    /** Opens a source by its location (a data set file or the simulation). */
    public interface Opener {
        RowSource open(String location) throws IOException;
    }

    /** The position in a file of the first row at or after a data time. */
    public interface RowFinder {
        long positionBefore(String location, LocalDateTime to) throws IOException;
    }

    private final Opener opener;
    private final ToLongFunction<String> linesConsumed;
    private final ObjLongConsumer<String> storeSeek;
    private final RowFinder rows;
    private final ReplayControls controls;
    private Lookahead source;

    /**
     * {@code linesConsumed} reads a source's stored position, where it resumes; {@code storeSeek} moves it;
     * {@code rows} finds where a seek goes.
     */
    public SourceLifecycle(Opener opener, ToLongFunction<String> linesConsumed, ObjLongConsumer<String> storeSeek,
            RowFinder rows, ReplayControls controls) {
        this.opener = opener;
        this.linesConsumed = linesConsumed;
        this.storeSeek = storeSeek;
        this.rows = rows;
        this.controls = controls;
    }

    /** The open source of the current location, opened now at its stored position if it is not open. */
    public Lookahead open() {
        if (source == null) {
            String location = controls.location();
            try {
                source = new Lookahead(opener.open(location));
                source.skipTo(linesConsumed.applyAsLong(location));
                controls.progress().position(BatchReader.dataRows(source));
            } catch (IOException e) {
                throw new IllegalStateException("cannot open replay source " + location + ": " + e.getMessage(), e);
            }
        }
        return source;
    }

    public void close() {
        if (source != null) {
            source.close();
            source = null;
        }
    }

    /** The open live simulation, for a scenario to bend; a conflict when the replay reads a file. */
    public SimulationSource simulation() {
        if (!(open().inner() instanceof SimulationSource simulation)) {
            throw new TwinConflict("scenarios bend the live simulation: switch the source to 'simulation' first");
        }
        return simulation;
    }

    public void switchTo(String location) {
        close();
        controls.switchTo(location);
    }

    /** A conflict when the replay reads the simulation; checked before waiting for the tick lock too. */
    public void requireSeekable() {
        if (SimulationSource.LOCATION.equals(controls.location())) {
            throw new TwinConflict("the live simulation cannot seek: it only moves forward");
        }
    }

    /** Moves a file replay to the first row at or after {@code to}: the stored position moves, the source reopens there. */
    public void seek(LocalDateTime to) throws IOException {
        requireSeekable();
        String location = controls.location();
        long lines = rows.positionBefore(location, to);
        close();
        storeSeek.accept(location, lines);
        controls.startOver();
    }
}
