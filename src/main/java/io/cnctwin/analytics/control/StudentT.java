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
     * Two-sided p-value of t with df degrees of freedom, by Wallace's (1959) normal approximation
     * z = (8 df + 1) / (8 df + 3) x sqrt(df ln(1 + t^2 / df)), then p = 2 (1 - Phi(z)).
     * Within about 0.002 of the exact p for df &gt;= 5; it becomes the normal test for large df.
     */
    static double twoSidedP(double t, long degreesOfFreedom) {
        double df = degreesOfFreedom;
        double z = (8 * df + 1) / (8 * df + 3) * Math.sqrt(df * Math.log1p(t * t / df));
        return Math.min(1, 2 * (1 - normalCdf(z)));
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
