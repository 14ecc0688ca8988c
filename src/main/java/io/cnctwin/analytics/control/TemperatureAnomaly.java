package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.telemetry.entity.Reading;

/**
 * A temperature reading that power does not explain ({@link TemperatureResidual} above {@link #RAISE_K}), told apart
 * by how fast it rose: a cooling failure heats the housing by about 1 K/min (the power's heat against a failing
 * coolant flow), a drifting sensor adds at most about 0.25 K/min. The verdict is taken at the rise and kept while the
 * residual stays above {@link #CLEAR_K}; a verdict of drift is upgraded if the rise speeds up later.
 */
public class TemperatureAnomaly {

    /** About four standard deviations of the residual of a healthy machine (daily hall swing, sensor noise). */
    public static final double RAISE_K = 6;
    /** Hysteresis: the anomaly clears only well below the raise level, so noise does not make new alarms. */
    public static final double CLEAR_K = 3;
    /** K/min over the last {@link #SPAN} readings that separates heating from a sensor's creep. */
    public static final double FAST_RISE_K_PER_MIN = 0.5;
    static final int SPAN = 3;

    private final TemperatureResidual residual = new TemperatureResidual();
    private final double[] recent = new double[SPAN + 1];
    private final long[] recentSeconds = new long[SPAN + 1];
    private int count;
    private FaultCondition verdict;

    /** Updates with the reading; returns OVERHEAT, SENSOR_DRIFT or null when the temperature is explained. */
    public FaultCondition update(Reading reading) {
        double r = residual.update(reading);
        if (Double.isNaN(r)) {
            return verdict = null;
        }
        remember(r, reading.timestamp().toEpochSecond(java.time.ZoneOffset.UTC));
        if (verdict != null && r < CLEAR_K) {
            verdict = null;
        } else if (r >= RAISE_K && verdict != FaultCondition.OVERHEAT) {
            verdict = riseRate() >= FAST_RISE_K_PER_MIN ? FaultCondition.OVERHEAT : FaultCondition.SENSOR_DRIFT;
        }
        return verdict;
    }

    private void remember(double r, long second) {
        int slot = count % recent.length;
        recent[slot] = r;
        recentSeconds[slot] = second;
        count++;
    }

    /** K per minute between the newest residual and the one {@link #SPAN} readings earlier (0 before that). */
    public double riseRate() {
        if (count <= SPAN) {
            return 0;
        }
        int newest = (count - 1) % recent.length;
        int oldest = count % recent.length;
        double minutes = (recentSeconds[newest] - recentSeconds[oldest]) / 60.0;
        return minutes <= 0 ? 0 : (recent[newest] - recent[oldest]) / minutes;
    }

    public FaultCondition verdict() {
        return verdict;
    }

    /** The latest residual in K, NaN while the residual model warms up. */
    public double residual() {
        return residual.residual();
    }
}
