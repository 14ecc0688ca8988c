package io.cnctwin.analytics.control;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Hysteresis in data time: a state is raised only once its raise condition has held for {@link #raiseAfter()}
 * without a break, and cleared only once its clear condition has held for {@link #clearAfter()}. The durations are
 * minutes of data time, so a detector behaves alike at 1, 2 or 5 minute sampling: a run starts at the first reading
 * that meets the condition and counts the time to each later reading that still meets it. A gap longer than
 * {@code maxGap} breaks a run (nothing is known about the time in between). O(1) per reading.
 */
public final class MinimumDuration {

    private final Duration raiseAfter;
    private final Duration clearAfter;
    private final Duration maxGap;
    private LocalDateTime raiseSince;
    private LocalDateTime clearSince;
    private LocalDateTime previous;
    private boolean raised;

    /**
     * @param raiseAfter how long the raise condition must hold before the state is raised (0: at once)
     * @param clearAfter how long the clear condition must hold before a raised state clears (0: at once)
     * @param maxGap     a longer gap between two readings breaks a run
     */
    public MinimumDuration(Duration raiseAfter, Duration clearAfter, Duration maxGap) {
        if (raiseAfter.isNegative() || clearAfter.isNegative() || maxGap.isNegative() || maxGap.isZero()) {
            throw new IllegalArgumentException("need durations >= 0 and a positive gap");
        }
        this.raiseAfter = raiseAfter;
        this.clearAfter = clearAfter;
        this.maxGap = maxGap;
    }

    /**
     * Updates with one reading's conditions and returns whether the state is raised.
     *
     * @param raise whether the reading meets the raise condition
     * @param clear whether the reading meets the clear condition (usually weaker than "not raise": the hysteresis band)
     */
    public boolean update(boolean raise, boolean clear, LocalDateTime at) {
        boolean gap = previous != null && (at.isBefore(previous) || Duration.between(previous, at).compareTo(maxGap) > 0);
        previous = at;
        if (gap) {
            raiseSince = null;
            clearSince = null;
        }
        if (!raised) {
            raiseSince = raise ? (raiseSince == null ? at : raiseSince) : null;
            if (raiseSince != null && !Duration.between(raiseSince, at).minus(raiseAfter).isNegative()) {
                raised = true;
                raiseSince = null;
                clearSince = null;
            }
        } else {
            clearSince = clear ? (clearSince == null ? at : clearSince) : null;
            if (clearSince != null && !Duration.between(clearSince, at).minus(clearAfter).isNegative()) {
                raised = false;
                clearSince = null;
                raiseSince = null;
            }
        }
        return raised;
    }

    /** Forgets everything: not raised, no run under way. */
    public void reset() {
        raised = false;
        raiseSince = null;
        clearSince = null;
        previous = null;
    }

    public boolean raised() {
        return raised;
    }

    public Duration raiseAfter() {
        return raiseAfter;
    }

    public Duration clearAfter() {
        return clearAfter;
    }
}
