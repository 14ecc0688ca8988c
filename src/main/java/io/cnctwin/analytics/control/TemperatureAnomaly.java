package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.reading.entity.Reading;

/**
 * A temperature reading that power does not explain ({@link TemperatureResidual} above {@link #RAISE_K}), told apart
 * by how fast it rose: a cooling failure heats the housing by about 1 K/min (the power's heat against a failing
 * coolant flow), a drifting sensor adds at most about 0.25 K/min. A drifting sensor is also recognised earlier, from
 * {@link #DRIFT_RAISE_K}, when the residual's trend over the last {@link #DRIFT_WINDOW} readings ({@link WindowTrend})
 * rises steadily: faster than {@link #DRIFT_MIN_SLOPE_K_PER_MIN} by {@link #DRIFT_Z} standard errors, slower than
 * heating. The verdict is kept while the residual stays above {@link #CLEAR_K} or keeps creeping up; a verdict of
 * drift is upgraded if the rise speeds up later.
 */
public class TemperatureAnomaly {

    /** About four standard deviations of the residual of a healthy machine (daily hall swing, sensor noise). */
    public static final double RAISE_K = 6;
    /** Hysteresis: the anomaly clears only well below the raise level, so noise does not make new alarms. */
    public static final double CLEAR_K = 3;
    /** K/min over the last {@link #SPAN} readings that separates heating from a sensor's creep. */
    public static final double FAST_RISE_K_PER_MIN = 0.5;
    static final int SPAN = 3;
    /** Readings the residual's trend is fitted over (24 minutes at 2-minute sampling). */
    public static final int DRIFT_WINDOW = 12;
    /**
     * Residual (K) from which a steady, significant rise is taken for a drifting sensor before it reaches
     * {@link #RAISE_K}: about 1.5 standard deviations of a healthy residual, so the trend test does the rest.
     */
    public static final double DRIFT_RAISE_K = 2.0;
    /**
     * 0.04 K/min: the hall's daily swing moves a healthy residual by less than 0.01 K/min; a drifting sensor adds
     * 0.05-0.25 K/min.
     */
    public static final double DRIFT_MIN_SLOPE_K_PER_MIN = 0.04;
    /** Standard errors the residual's slope must clear {@link #DRIFT_MIN_SLOPE_K_PER_MIN} by. */
    public static final double DRIFT_Z = 3;

    private final TemperatureResidual residual = new TemperatureResidual();
    private final WindowTrend trend = new WindowTrend(DRIFT_WINDOW, false);
    private final double[] recent = new double[SPAN + 1];
    private final long[] recentSeconds = new long[SPAN + 1];
    private int count;
    private FaultCondition verdict;

    /** Updates with the reading; returns OVERHEAT, SENSOR_DRIFT or null when the temperature is explained. */
    public FaultCondition update(Reading reading) {
        double r = residual.update(reading);
        if (Double.isNaN(r)) {
            trend.reset();
            return verdict = null;
        }
        long second = reading.timestamp().toEpochSecond(java.time.ZoneOffset.UTC);
        remember(r, second);
        trend.add(second / 60.0, 0, r);
        boolean creeping = creeping(r);
        if (verdict != null && r < CLEAR_K && !creeping) {
            verdict = null;
        } else if (r >= RAISE_K && verdict != FaultCondition.OVERHEAT) {
            verdict = riseRate() >= FAST_RISE_K_PER_MIN ? FaultCondition.OVERHEAT : FaultCondition.SENSOR_DRIFT;
        } else if (verdict == null && creeping) {
            verdict = FaultCondition.SENSOR_DRIFT;
        }
        return verdict;
    }

    // a steady rise, significantly faster than the hall's swing and slower than heating, already above noise
    private boolean creeping(double r) {
        return r >= DRIFT_RAISE_K && trend.size() >= DRIFT_WINDOW && trend.lowerBound(DRIFT_Z) > DRIFT_MIN_SLOPE_K_PER_MIN
                && riseRate() < FAST_RISE_K_PER_MIN;
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
