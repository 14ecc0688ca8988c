package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.CorrelationFinding;

/** Pearson correlation of two series, updated one pair at a time (O(1)), with a significance test and effect size. */
public class Correlation {

    /** Significance level of the verdict: strict, because the twin tests many pairs on many machines. */
    public static final double ALPHA = 0.01;

    private final PairedMoments moments = new PairedMoments();

    public void add(double x, double y) {
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            moments.add(x, y);
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

    /** t = r sqrt((n - 2) / (1 - r^2)), with n - 2 degrees of freedom; infinite for |r| = 1. */
    public double t() {
        double r = r();
        return r * Math.sqrt((moments.n() - 2) / Math.max(0, 1 - r * r));
    }

    /**
     * Two-sided p-value of H0: rho = 0 from t with n - 2 degrees of freedom, by Wallace's normal approximation of
     * the t distribution (close to exact for n &gt; 7, the normal test for large n); 1 while undefined.
     */
    public double pValue() {
        if (!defined()) {
            return 1;
        }
        double t = t();
        return Double.isInfinite(t) ? 0 : StudentT.twoSidedP(t, moments.n() - 2);
    }

    /** r, n, p, the verdict at {@link #ALPHA} and Cohen's effect-size label. */
    public CorrelationFinding finding() {
        if (!defined()) {
            return new CorrelationFinding(0, moments.n(), 1, "insufficient data", "negligible");
        }
        double p = pValue();
        return new CorrelationFinding(r(), moments.n(), p, p < ALPHA ? "significant" : "not significant", effect(r()));
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
