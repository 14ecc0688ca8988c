package io.cnctwin.replay.control;

import io.cnctwin.reading.boundary.ReplaySource;
import io.cnctwin.reading.boundary.RowSource;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReplayRow;
import io.cnctwin.replay.entity.ReplayBatch;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Cuts a row source into batches. Parsing and validating a batch is independent of storing the previous one, so the
 * twin reads the next batch on another thread while the pipeline commits the current one (one batch ahead at most).
 */
public final class BatchReader {

    private BatchReader() {
    }

    /** Up to {@code max} rows of {@code rows}; readings of machines {@code follows} rejects are taken but not kept. */
    public static ReplayBatch read(RowSource rows, long max, IntPredicate follows) {
        return read(new Lookahead(rows), max, TickQuota.rows(max), follows);
    }

    /**
     * Up to {@code max} rows that {@code quota} admits: the row of a later data time than the quota allows stays in
     * the source for the next tick.
     */
    public static ReplayBatch read(Lookahead rows, long max, TickQuota quota, IntPredicate follows) {
        List<Reading> readings = new ArrayList<>();
        List<ReplayRow> rejected = new ArrayList<>();
        LocalDateTime last = null;
        int taken = 0;
        boolean end = false;
        while (taken < max) {
            Optional<ReplayRow> next = rows.peek();
            if (next.isEmpty()) {
                end = true;
                break;
            }
            if (!quota.admits(next.get())) {
                break;
            }
            rows.next();
            taken++;
            ReplayRow row = next.get();
            if (!row.accepted()) {
                rejected.add(row);
                continue;
            }
            if (follows.test(row.reading().machineId())) {
                readings.add(row.reading());
            }
            last = row.reading().timestamp();
        }
        return new ReplayBatch(readings, rejected, taken, rows.position(), dataRows(rows), last, end);
    }

    /** Data rows consumed: a file's position counts its header line too. */
    public static long dataRows(RowSource rows) {
        RowSource inner = rows instanceof Lookahead lookahead ? lookahead.inner() : rows;
        return inner instanceof ReplaySource ? Math.max(0, rows.position() - 1) : rows.position();
    }
}
