package io.cnctwin.analytics.control;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The least-squares slope over the last {@link #windowMinutes()} minutes of data time, optionally adjusted for a
 * covariate ({@code y = a + b t + c x}), with a standard error that does not depend on the sampling step. Readings
 * closer together than the decorrelation time ({@link #decorrelationMinutes()}) are not independent evidence (the
 * spindle load, hence vibration and heat, moves over about 15 minutes), so the ordinary least-squares standard error
 * is widened by {@code sqrt(n / m)}, m = the number of decorrelation intervals the window spans + 1, whenever more
 * than m readings fall in the window. A window of 30 minutes thus weighs as 7 points at 1, 2 or 5 minute sampling,
 * and a test "slope above a limit by z standard errors" fires equally often at every step. Bounded work per value:
 * the sums are recomputed over the points of one window (at most a few dozen).
 */
public class TimedTrend {

    private final double windowMinutes;
    private final double decorrelationMinutes;
    private final boolean adjusted;
    private final int minimumPoints;
    private final Deque<double[]> points = new ArrayDeque<>();
    private double slope = Double.NaN;
    private double latest = Double.NaN;
    private double standardError = Double.NaN;

    /**
     * @param windowMinutes        how much recent data time makes the trend
     * @param decorrelationMinutes readings closer than this count as one independent observation
     * @param adjusted             whether to adjust for the covariate
     */
    public TimedTrend(double windowMinutes, double decorrelationMinutes, boolean adjusted) {
        this(windowMinutes, decorrelationMinutes, adjusted, 0);
    }

    /**
     * @param minimumPoints the window stretches back beyond {@code windowMinutes} until it holds this many points:
     *                      at coarse sampling a fixed time window holds too few points for a covariate-adjusted fit
     */
    public TimedTrend(double windowMinutes, double decorrelationMinutes, boolean adjusted, int minimumPoints) {
        this.minimumPoints = minimumPoints;
        if (!(windowMinutes > 0) || !(decorrelationMinutes > 0)) {
            throw new IllegalArgumentException("need a positive window and decorrelation time");
        }
        this.windowMinutes = windowMinutes;
        this.decorrelationMinutes = decorrelationMinutes;
        this.adjusted = adjusted;
    }

    /** Adds a point (time in minutes from any fixed origin, increasing) and re-estimates the slope. */
    public void add(double minutes, double covariate, double value) {
        if (!points.isEmpty() && minutes < points.peekLast()[0]) {
            reset();
        }
        points.addLast(new double[] {minutes, covariate, value});
        while (points.size() > minimumPoints && minutes - points.peekFirst()[0] > windowMinutes + 1e-9) {
            points.removeFirst();
        }
        estimate();
    }

    /** Forgets every point (a new segment begins: tool changed, machine stopped, long gap). */
    public void reset() {
        points.clear();
        slope = Double.NaN;
        standardError = Double.NaN;
        latest = Double.NaN;
    }

    private void estimate() {
        int n = points.size();
        int parameters = adjusted ? 3 : 2;
        if (n < parameters + 2) {
            slope = standardError = latest = Double.NaN;
            return;
        }
        double mt = 0;
        double mx = 0;
        double my = 0;
        for (double[] p : points) {
            mt += p[0];
            mx += p[1];
            my += p[2];
        }
        mt /= n;
        mx /= n;
        my /= n;
        double stt = 0;
        double stx = 0;
        double sxx = 0;
        double sty = 0;
        double sxy = 0;
        double syy = 0;
        for (double[] p : points) {
            double dt = p[0] - mt;
            double dx = p[1] - mx;
            double dy = p[2] - my;
            stt += dt * dt;
            stx += dt * dx;
            sxx += dx * dx;
            sty += dt * dy;
            sxy += dx * dy;
            syy += dy * dy;
        }
        SlopeFit fit = SlopeFit.of(stt, stx, sxx, sty, sxy, syy, n, parameters, adjusted);
        slope = fit.slope();
        standardError = fit.standardError();
        latest = adjusted ? Double.NaN : my + slope * (points.peekLast()[0] - mt);
        if (Double.isNaN(slope)) {
            return;
        }
        double independent = Math.floor(spanMinutes() / decorrelationMinutes) + 1;
        if (n > independent) {
            standardError *= Math.sqrt(n / independent);
        }
    }

    /** Minutes between the oldest and the newest point in the window. */
    public double spanMinutes() {
        return points.isEmpty() ? 0 : points.peekLast()[0] - points.peekFirst()[0];
    }

    /** Whether the points span at least {@code share} of the window (a trend over a few minutes proves nothing). */
    public boolean covers(double share) {
        return spanMinutes() >= share * windowMinutes - 1e-9;
    }

    /**
     * The fitted line's value at the newest point (unadjusted trends only, else NaN): where the trend stands now,
     * far less noisy than the newest point itself.
     */
    public double latest() {
        return latest;
    }

    /** Units of y per minute; NaN with too few points. */
    public double slope() {
        return slope;
    }

    public double standardError() {
        return standardError;
    }

    /**
     * {@code slope - t x standardError}, t the Student-t quantile with the residual degrees of freedom at the normal
     * quantile z (Cornish-Fisher expansion to the third order: 4.51 for z = 3 at 7 df, exact 4.53): with few points
     * the variance estimate itself is uncertain, and a plain z would fire on its bad luck. NaN with too few points.
     */
    public double lowerBoundT(double z) {
        int df = points.size() - (adjusted ? 3 : 2);
        if (df < 1) {
            return Double.NaN;
        }
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        double z7 = z5 * z * z;
        double t = z + (z3 + z) / (4.0 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * df * df)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384.0 * df * df * df);
        return slope - t * standardError;
    }

    /** {@code slope - z x standardError}: a lower bound of the slope (NaN with too few points). */
    public double lowerBound(double z) {
        return slope - z * standardError;
    }

    public int size() {
        return points.size();
    }

    public double windowMinutes() {
        return windowMinutes;
    }

    public double decorrelationMinutes() {
        return decorrelationMinutes;
    }
}
