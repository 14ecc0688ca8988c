package io.cnctwin.replay.control;

import io.cnctwin.reading.boundary.RowSource;
import io.cnctwin.reading.entity.ReplayRow;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A row source that can look at its next row without taking it: a tick paced in data time stops before the first row
 * of a later instant. The row looked at is not consumed: {@link #position()} stands before it, so a restart resumes
 * with it.
 */
public class Lookahead implements RowSource {

    private final RowSource inner;
    private ReplayRow pending;
    private long positionBeforePending;

    public Lookahead(RowSource inner) {
        this.inner = inner;
    }

    public RowSource inner() {
        return inner;
    }

    /** The next row, left in the source; empty at the end. */
    public synchronized Optional<ReplayRow> peek() {
        if (pending == null) {
            long before = inner.position();
            Optional<ReplayRow> next = inner.next();
            if (next.isEmpty()) {
                return next;
            }
            pending = next.get();
            positionBeforePending = before;
        }
        return Optional.of(pending);
    }

    /** The data time of the next readable row, skipping nothing; null at the end or before a rejected row. */
    public LocalDateTime peekTime() {
        return peek().filter(ReplayRow::accepted).map(r -> r.reading().timestamp()).orElse(null);
    }

    @Override
    public synchronized Optional<ReplayRow> next() {
        if (pending != null) {
            ReplayRow row = pending;
            pending = null;
            return Optional.of(row);
        }
        return inner.next();
    }

    @Override
    public synchronized long position() {
        return pending != null ? positionBeforePending : inner.position();
    }

    @Override
    public synchronized void skipTo(long position) {
        if (pending != null && position > positionBeforePending) {
            pending = null;
        }
        inner.skipTo(position);
    }

    @Override
    public long total() {
        return inner.total();
    }

    @Override
    public void close() {
        inner.close();
    }
}
