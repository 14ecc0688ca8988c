package io.cnctwin.reading.boundary;

import io.cnctwin.reading.entity.ReplayRow;
import java.util.Optional;

/** Where the twin's rows come from: a data set file, or the live simulation. */
public interface RowSource extends AutoCloseable {

    /** The next row, or empty when the source is exhausted. */
    Optional<ReplayRow> next();

    /** How far the source has been consumed; the value to persist and to {@link #skipTo} after a restart. */
    long position();

    /** Moves forward until {@link #position()} reaches {@code position}. */
    void skipTo(long position);

    /** The number of data rows, or 0 when unbounded. */
    long total();

    @Override
    void close();
}
