package io.cnctwin.analytics.control;

/**
 * Smoothed level (EWMA) and upward drift (CUSUM) of one metric of one machine. The CUSUM's target and sigma are
 * learned from the machine's own first {@link #BASELINE_SIZE} values, so each machine is compared with itself.
 */
public class DriftMonitor {

    /** Values needed to learn the baseline; 30 gives a mean within about 0.2 sigma of the truth. */
    static final int BASELINE_SIZE = 30;
    /** The classic EWMA weight: smooths noise yet follows a real change within a few readings. */
    public static final double EWMA_LAMBDA = 0.2;

    private final Ewma level = new Ewma(EWMA_LAMBDA);
    private final RollingWindow baseline = new RollingWindow(BASELINE_SIZE);
    private Cusum cusum;
    private boolean drifting;
    private long episodes;

    /** Updates level and drift with x and returns whether the metric is drifting upward. */
    public boolean update(double x) {
        if (Double.isNaN(x)) {
            return drifting;
        }
        level.update(x);
        if (cusum == null) {
            learn(x);
            return false;
        }
        boolean wasDrifting = drifting;
        cusum.update(x);
        drifting = cusum.upperAlarm();
        if (drifting && !wasDrifting) {
            episodes++;
        }
        return drifting;
    }

    private void learn(double x) {
        baseline.add(x);
        if (baseline.isFull()) {
            // a constant baseline would make every later change an alarm; allow a tiny sigma instead
            double sigma = Math.max(baseline.standardDeviation(), 1e-6 * Math.max(1, Math.abs(baseline.mean())));
            cusum = Cusum.forShiftOfOneSigma(baseline.mean(), sigma);
        }
    }

    /** The EWMA of the values so far, NaN before the first. */
    public double level() {
        return level.value();
    }

    boolean drifting() {
        return drifting;
    }

    long episodes() {
        return episodes;
    }
}
