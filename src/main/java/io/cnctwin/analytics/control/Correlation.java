package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.CorrelationFinding;

/**
 * Pearson correlation of two series, updated one pair at a time (O(1)), with a significance test that survives
 * autocorrelation and an effect size.
 * <p>
 * Readings a few minutes apart are strongly autocorrelated (lag-1 0.95-0.995 at 2 minutes), and the textbook test,
 * which takes n readings for n independent pairs, then calls independent series "significant" most of the time. The
 * test here uses Bartlett's effective sample size for two AR(1) series,
 * n_eff = n (1 - r1x r1y) / (1 + r1x r1y), where r1x, r1y are the lag-1 autocorrelations of x and y (their product
 * taken as 0 when negative, so n_eff &lt;= n; n_eff at least 3), and t = r sqrt((n_eff - 2) / (1 - r^2)) with
 * n_eff - 2 degrees of freedom. Pairs may come from several machines interleaved ({@link #add(int, double, double)}):
 * lag pairs are formed within a machine only.
 */
public class Correlation {

    /** Significance level of the verdict: strict, because the twin tests many pairs on many machines. */
    public static final double ALPHA = 0.01;
    private static final double MIN_EFFECTIVE_N = 3;

    private final PairedMoments moments = new PairedMoments();
    private final SerialCorrelation serialX = new SerialCorrelation();
    private final SerialCorrelation serialY = new SerialCorrelation();

    /** Adds a pair of one series (one machine). */
    public void add(double x, double y) {
        add(0, x, y);
    }

    /**
     * Adds a pair of the given series (e.g. machine id); lag-1 autocorrelation is measured within each series.
     * Pairs with a non-finite value are skipped.
     */
    public void add(int series, double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            moments.add(x, y);
            serialX.add(series, x);
            serialY.add(series, y);
        }
    }

    public long n() {
        return moments.n();
    }

    /** r = Sxy / sqrt(Sxx Syy); 0 while undefined (fewer than 3 pairs or a constant series). */
    public double r() {
        if (!defined()) {
            return 0;
        }
        double r = moments.sxy() / Math.sqrt(moments.sxx() * moments.syy());
        return Math.max(-1, Math.min(1, r));
    }

    /** Lag-1 autocorrelation of x (within series). */
    public double lag1X() {
        return serialX.r1();
    }

    /** Lag-1 autocorrelation of y (within series). */
    public double lag1Y() {
        return serialY.r1();
    }

    /** n (1 - r1x r1y) / (1 + r1x r1y), the product floored at 0, the result between 3 and n (n below 3 pairs). */
    public double effectiveN() {
        long n = moments.n();
        if (n < MIN_EFFECTIVE_N) {
            return n;
        }
        double rho = Math.max(0, Math.min(1, lag1X() * lag1Y()));
        return Math.max(MIN_EFFECTIVE_N, Math.min(n, n * (1 - rho) / (1 + rho)));
    }

    /** t = r sqrt((n_eff - 2) / (1 - r^2)), with n_eff - 2 degrees of freedom; infinite for |r| = 1. */
    public double t() {
        return t(effectiveN());
    }

    private double t(double sampleSize) {
        double r = r();
        return r * Math.sqrt((sampleSize - 2) / Math.max(0, 1 - r * r));
    }

    /** Two-sided p-value of H0: rho = 0 from t with n_eff - 2 degrees of freedom (exact t); 1 while undefined. */
    public double pValue() {
        return pValue(effectiveN());
    }

    /** The textbook p-value that takes the n pairs as independent: for comparison only, wrong for time series. */
    double uncorrectedPValue() {
        return pValue(moments.n());
    }

    private double pValue(double sampleSize) {
        if (!defined()) {
            return 1;
        }
        double t = t(sampleSize);
        return Double.isInfinite(t) ? 0 : StudentT.twoSidedP(t, sampleSize - 2);
    }

    /** r, n, p, the verdict at {@link #ALPHA}, Cohen's effect-size label and the effective sample size. */
    public CorrelationFinding finding() {
        if (!defined()) {
            return new CorrelationFinding(0, moments.n(), 1, "insufficient data", "negligible", moments.n());
        }
        double p = pValue();
        return new CorrelationFinding(r(), moments.n(), p, p < ALPHA ? "significant" : "not significant", effect(r()),
                effectiveN());
    }

    /** Cohen (1988): |r| &lt; 0.1 negligible, &lt; 0.3 small, &lt; 0.5 medium, else large. */
    public static String effect(double r) {
        double size = Math.abs(r);
        if (size < 0.1) {
            return "negligible";
        }
        if (size < 0.3) {
            return "small";
        }
        return size < 0.5 ? "medium" : "large";
    }

    private boolean defined() {
        return moments.n() >= 3 && moments.sxx() > 0 && moments.syy() > 0;
    }
}
