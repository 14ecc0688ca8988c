package io.cnctwin.replay.control;

import io.cnctwin.reading.entity.ReplayRow;
import java.time.LocalDateTime;

/**
 * What one tick may take: at most {@code maxRows} rows, and of those only rows up to a data time ({@code until}), or
 * only the rows of the first data instant it meets. Rejected rows (no data time) are always taken: they hold no
 * instant back. One tick's batches share one quota, read one after the other.
 */
public final class TickQuota {

    private final long maxRows;
    private final boolean oneInstant;
    private LocalDateTime until;
    private boolean reached;

    private TickQuota(long maxRows, boolean oneInstant, LocalDateTime until) {
        this.maxRows = maxRows;
        this.oneInstant = oneInstant;
        this.until = until;
    }

    public static TickQuota rows(long rows) {
        return new TickQuota(rows, false, null);
    }

    /** The rows of the next data instant, every machine's. */
    public static TickQuota nextInstant() {
        return new TickQuota(Long.MAX_VALUE, true, null);
    }

    /** Every row up to and including {@code until} (data time). */
    public static TickQuota until(LocalDateTime until) {
        return new TickQuota(Long.MAX_VALUE, false, until);
    }

    public long maxRows() {
        return maxRows;
    }

    /** Whether the source's next row belongs to this tick; once one does not, the tick's time is used up. */
    public synchronized boolean admits(ReplayRow row) {
        if (reached) {
            return false;
        }
        if (!row.accepted()) {
            return true;
        }
        LocalDateTime time = row.reading().timestamp();
        if (oneInstant && until == null) {
            until = time;
        }
        reached = until != null && time.isAfter(until);
        return !reached;
    }

    /** The tick met a row of a later data time: no more rows this tick, whatever is left of the row count. */
    public synchronized boolean reached() {
        return reached;
    }
}
