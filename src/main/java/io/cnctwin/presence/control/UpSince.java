package io.cnctwin.presence.control;

/**
 * Since when the twin has been running without a break, from the leader's heartbeat: a heartbeat later than
 * {@code breakMs} after the one before means the twin (or every node of it) was down in between, and the time starts
 * again. Silence of a live source is counted from here at the earliest.
 */
public final class UpSince {

    private UpSince() {
    }

    /** The new up-since time after a heartbeat at {@code nowMs}; {@code upSinceMs} and {@code seenMs} as stored (null: none). */
    public static long next(Long upSinceMs, Long seenMs, long nowMs, long breakMs) {
        if (upSinceMs == null || seenMs == null || nowMs - seenMs > breakMs) {
            return nowMs;
        }
        return upSinceMs;
    }
}
