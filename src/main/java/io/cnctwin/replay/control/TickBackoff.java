package io.cnctwin.replay.control;

import java.time.Duration;

/**
 * Spaces out the replay's retries while its batches keep failing (the database is away): after the n-th failure in a
 * row the next attempt waits interval x 2^n, at most {@link #MAX_WAIT}; the first success resets it. Nothing is held
 * meanwhile: the replay reads again from its stored position, so memory stays that of one batch however long it lasts.
 */
public class TickBackoff {

    static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final long intervalNanos;
    private int failures;
    private long notBefore;

    public TickBackoff(Duration interval) {
        this.intervalNanos = Math.max(1, interval.toNanos());
    }

    public synchronized boolean due(long nowNanos) {
        return failures == 0 || nowNanos - notBefore >= 0;
    }

    /** Records a failed tick at {@code nowNanos}; returns the failures in a row so far. */
    public synchronized int failed(long nowNanos) {
        failures++;
        long wait = Math.min(MAX_WAIT.toNanos(), intervalNanos << Math.min(failures, 20));
        notBefore = nowNanos + wait;
        return failures;
    }

    /** Records a successful tick; returns how many had failed in a row before it. */
    public synchronized int succeeded() {
        int before = failures;
        failures = 0;
        return before;
    }
}
