package io.cnctwin.analytics.control;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Exponentially weighted moving average in data time: each value weighs {@code 1 - exp(-dt / tau)}, dt the minutes
 * since the previous value, so the average forgets at the same pace at 1, 2 or 5 minute sampling (a per-reading
 * weight would forget five times faster at 1-minute steps than at 5). O(1) per value.
 */
public final class TimeEwma {

    private final double tauMinutes;
    private double value = Double.NaN;
    private LocalDateTime previous;

    public TimeEwma(double tauMinutes) {
        if (!(tauMinutes > 0)) {
            throw new IllegalArgumentException("tau must be positive, got " + tauMinutes);
        }
        this.tauMinutes = tauMinutes;
    }

    /** Adds x observed at {@code at} and returns the new average (the first value is taken as it is). */
    public double update(double x, LocalDateTime at) {
        if (Double.isNaN(x)) {
            return value;
        }
        if (Double.isNaN(value) || previous == null) {
            value = x;
        } else {
            double minutes = Math.max(0, Duration.between(previous, at).toSeconds() / 60.0);
            value += (x - value) * (1 - Math.exp(-minutes / tauMinutes));
        }
        if (previous == null || !at.isBefore(previous)) {
            previous = at;
        }
        return value;
    }

    public void reset() {
        value = Double.NaN;
        previous = null;
    }

    /** The current average, NaN before the first value. */
    public double value() {
        return value;
    }
}
