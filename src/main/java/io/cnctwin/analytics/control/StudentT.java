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
     * numbers), 0 &lt; alpha &lt; 1: Newton's method on {@link #twoSidedP(double, double)} from the Cornish-Fisher
     * start, kept inside a bracket (bisection when a step leaves it); a few microseconds. Infinite for df &lt;= 0.
     */
    static double critical(double alpha, double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double nu = degreesOfFreedom;
        double z = normalQuantile(1 - alpha / 2);
        double x = z + (z * z * z + z) / (4 * nu) + (5 * Math.pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * nu * nu);
        double low = 0;
        double high = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 200; i++) {
            double excess = twoSidedP(x, nu) - alpha;
            if (Math.abs(excess) <= 1e-12 * alpha) {
                return x;
            }
            if (excess > 0) {
                low = x;
            } else {
                high = x;
            }
            double next = x + excess / (2 * density(x, nu));
            if (!(next > low && next < high)) {
                next = Double.isInfinite(high) ? 2 * x : 0.5 * (low + high);
            }
            if (Math.abs(next - x) <= 1e-13 * x) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** The t density with real df. */
    static double density(double t, double degreesOfFreedom) {
        double nu = degreesOfFreedom;
        return Math.exp(logGamma((nu + 1) / 2) - logGamma(nu / 2) - 0.5 * Math.log(nu * Math.PI)
                - (nu + 1) / 2 * Math.log1p(t * t / nu));
    }

    /** The standard normal quantile, Acklam's rational approximation (relative error 1.2e-9), 0 &lt; p &lt; 1. */
    static double normalQuantile(double p) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double tail = 0.02425;
        if (p < tail || p > 1 - tail) {
            double q = Math.sqrt(-2 * Math.log(p < tail ? p : 1 - p));
            double x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
            return p < tail ? x : -x;
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
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
