package io.cnctwin.analytics.control;

/**
 * A least-squares slope over time with its standard error, optionally adjusted for one covariate, from the centred
 * sums of squares and products of n points (t time, x covariate, y value). Shared by {@link WindowTrend} (a window of
 * readings) and {@link TimedTrend} (a window of minutes).
 */
record SlopeFit(double slope, double standardError) {

    static final SlopeFit NONE = new SlopeFit(Double.NaN, Double.NaN);

    /** {@code parameters}: 3 when adjusted for the covariate, else 2. */
    static SlopeFit of(double stt, double stx, double sxx, double sty, double sxy, double syy, int n, int parameters,
                       boolean adjusted) {
        double det = stt * sxx - stx * stx;
        if (adjusted && det > 1e-9 * stt * sxx) {
            double slope = (sty * sxx - sxy * stx) / det;
            double c = (sxy * stt - sty * stx) / det;
            double rss = Math.max(0, syy - slope * sty - c * sxy);
            return new SlopeFit(slope, Math.sqrt(rss / (n - parameters) * sxx / det));
        }
        if (stt > 0) {
            // no usable covariate (constant power): a plain trend
            double slope = sty / stt;
            double rss = Math.max(0, syy - slope * sty);
            return new SlopeFit(slope, Math.sqrt(rss / (n - 2) / stt));
        }
        return NONE;
    }
}
