package io.cnctwin.analytics.control;

/** The few Student t and normal distribution values the trend and correlation tests need. */
final class StudentT {

    // t(0.975, df) for df = 1..30; beyond 30 the normal 1.96 is within 2 %
    private static final double[] CRITICAL_95 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

    private StudentT() {
    }

    /** The two-sided 95 % critical value t(0.975, df): a table up to df 30, 1.96 above. */
    static double critical95(long degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            return Double.POSITIVE_INFINITY;
        }
        return degreesOfFreedom <= 30 ? CRITICAL_95[(int) degreesOfFreedom - 1] : 1.96;
    }

    /**
     * The two-sided critical value t(1 - alpha / 2, df) for any real df &gt; 0 (effective sample sizes are not whole
     * numbers), by bisection on {@link #twoSidedP(double, double)}; infinite for df &lt;= 0.
     */
    static double critical(double alpha, double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double low = 0;
        double high = 1;
        while (twoSidedP(high, degreesOfFreedom) > alpha) {
            high *= 2;
            if (high > 1e12) {
                return Double.POSITIVE_INFINITY;
            }
        }
        for (int i = 0; i < 100 && high - low > 1e-10 * high; i++) {
            double mid = 0.5 * (low + high);
            if (twoSidedP(mid, degreesOfFreedom) > alpha) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return 0.5 * (low + high);
    }

    /** Two-sided p-value of t with whole degrees of freedom; see {@link #twoSidedP(double, double)}. */
    static double twoSidedP(double t, long degreesOfFreedom) {
        return twoSidedP(t, (double) degreesOfFreedom);
    }

    /**
     * Exact two-sided p-value of t with df (real, &gt; 0) degrees of freedom: P(|T| &gt; |t|) = I_x(df/2, 1/2) with
     * x = df / (df + t^2), the regularized incomplete beta function. 1 for df &lt;= 0 or an undefined t.
     */
    static double twoSidedP(double t, double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0) || Double.isNaN(t)) {
            return 1;
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        double x = degreesOfFreedom / (degreesOfFreedom + t * t);
        return Math.max(0, Math.min(1, regularizedBeta(x, degreesOfFreedom / 2, 0.5)));
    }

    /** I_x(a, b) by the continued fraction of Numerical Recipes (betai/betacf), accurate to about 1e-12. */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaFraction(x, a, b) / a;
        }
        return 1 - front * betaFraction(1 - x, b, a) / b;
    }

    private static double betaFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 500; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + even * d, tiny);
            c = nonZero(1 + even / c, tiny);
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + odd * d, tiny);
            c = nonZero(1 + odd / c, tiny);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-14) {
                break;
            }
        }
        return h;
    }

    private static double nonZero(double value, double tiny) {
        return Math.abs(value) < tiny ? tiny : value;
    }

    /** ln Gamma(x), x &gt; 0, by the Lanczos approximation (g = 7, 9 terms; relative error about 1e-15). */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        double z = x - 1;
        double sum = c[0];
        for (int i = 1; i < 9; i++) {
            sum += c[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** Phi(z) via the error function, Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7). */
    static double normalCdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double k = 1 / (1 + 0.3275911 * x);
        double poly = k * (0.254829592 + k * (-0.284496736 + k * (1.421413741 + k * (-1.453152027 + k * 1.061405429))));
        double erf = 1 - poly * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
