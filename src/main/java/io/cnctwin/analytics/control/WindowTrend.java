package io.cnctwin.analytics.control;

/**
 * The least-squares slope over time of the last {@code capacity} values, optionally adjusted for a covariate
 * ({@code y = a + b t + c x}, so that, e.g., vibration that cutting load explains through power is not taken for a
 * trend), with its standard error. Bounded work per value: the sums are recomputed over at most {@code capacity}
 * points (a few dozen), never over history.
 */
public class WindowTrend {

    private final double[] t;
    private final double[] x;
    private final double[] y;
    private final boolean adjusted;
    private int size;
    private int next;
    private double slope = Double.NaN;
    private double standardError = Double.NaN;

    /**
     * @param capacity how many recent points make the trend
     * @param adjusted whether to adjust for the covariate {@code x} (needs one more point than a plain trend)
     */
    public WindowTrend(int capacity, boolean adjusted) {
        if (capacity < 4) {
            throw new IllegalArgumentException("need at least 4 points, got " + capacity);
        }
        this.t = new double[capacity];
        this.x = new double[capacity];
        this.y = new double[capacity];
        this.adjusted = adjusted;
    }

    /** Adds a point (time in minutes from any fixed origin) and re-estimates the slope. */
    public void add(double minutes, double covariate, double value) {
        t[next] = minutes;
        x[next] = covariate;
        y[next] = value;
        next = (next + 1) % t.length;
        size = Math.min(size + 1, t.length);
        estimate();
    }

    /** Forgets every point (a new segment begins: tool changed, machine stopped, long gap). */
    public void reset() {
        size = 0;
        next = 0;
        slope = Double.NaN;
        standardError = Double.NaN;
    }

    private void estimate() {
        int parameters = adjusted ? 3 : 2;
        if (size < parameters + 2) {
            slope = standardError = Double.NaN;
            return;
        }
        double mt = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < size; i++) {
            mt += t[i];
            mx += x[i];
            my += y[i];
        }
        mt /= size;
        mx /= size;
        my /= size;
        double stt = 0;
        double stx = 0;
        double sxx = 0;
        double sty = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < size; i++) {
            double dt = t[i] - mt;
            double dx = x[i] - mx;
            double dy = y[i] - my;
            stt += dt * dt;
            stx += dt * dx;
            sxx += dx * dx;
            sty += dt * dy;
            sxy += dx * dy;
            syy += dy * dy;
        }
        solve(stt, stx, sxx, sty, sxy, syy, parameters);
    }

    private void solve(double stt, double stx, double sxx, double sty, double sxy, double syy, int parameters) {
        SlopeFit fit = SlopeFit.of(stt, stx, sxx, sty, sxy, syy, size, parameters, adjusted);
        slope = fit.slope();
        standardError = fit.standardError();
    }

    /** Units of y per minute; NaN with too few points. */
    public double slope() {
        return slope;
    }

    /** The slope's standard error; NaN with too few points. */
    public double standardError() {
        return standardError;
    }

    /** {@code slope - z x standardError}: a lower bound of the slope (NaN with too few points). */
    public double lowerBound(double z) {
        return slope - z * standardError;
    }

    public int size() {
        return size;
    }
}
