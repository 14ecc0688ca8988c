package io.cnctwin.presence.control;

import io.cnctwin.presence.entity.UpTime;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The presence clock as this node knows it, so deciding presence needs no database round trip. Only the leader's
 * heartbeat writes the clock: on the leading node what the heartbeat wrote is exact until it beats again; a node that
 * does not lead reads the row again at most once per {@code refreshMs} (the clock moves only when the twin starts
 * again after a break, so for at most that long after a break such a node may count a silence from the old start).
 */
public final class KnownUpTime {

    private record Known(UpTime value, long readMs, boolean written) {
    }

    private final AtomicReference<Known> known = new AtomicReference<>();

    /** The up time at {@code nowMs}: kept, or read with {@code read}. */
    public UpTime at(long nowMs, long refreshMs, Supplier<UpTime> read) {
        Known kept = known.get();
        if (kept != null && (kept.written() || nowMs - kept.readMs() < refreshMs)) {
            return kept.value();
        }
        Known fresh = new Known(read.get(), nowMs, false);
        // a heartbeat written during the read is newer than what was read: it stays
        known.compareAndSet(kept, fresh);
        return fresh.value();
    }

    /** What this node's heartbeat just wrote (committed). */
    public void written(UpTime value) {
        known.set(new Known(value, 0, true));
    }

    /** This node stopped leading: the heartbeat is written elsewhere, read the clock again. */
    public void notWritingHere() {
        known.updateAndGet(kept -> kept != null && kept.written() ? null : kept);
    }
}
