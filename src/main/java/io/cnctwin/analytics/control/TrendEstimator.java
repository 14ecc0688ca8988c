package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.TrendFinding;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Least-squares line of a metric over time, updated one reading at a time (O(1)), with the slope's standard error,
 * its 95 % confidence interval and the time until the line reaches an upper threshold, with its 95 % interval.
 * <p>
 * Readings minutes apart leave autocorrelated residuals, and the textbook standard error, which takes them as
 * independent, makes almost every day's noise a "significant" trend. Here the lag-1 autocorrelation phi of the
 * residuals (from running lag sums, O(1); bias-corrected, see {@link #effectiveN()}) gives the effective sample size
 * n_eff = n (1 - phi) / (1 + phi) (phi floored at 0; n_eff at least 3), and se(b) = sqrt(SSE / (n_eff - 2) / Stt)
 * with n_eff - 2 degrees of freedom (Santer et al. 2000, J. Geophys. Res. 105(D6)).
 */
public class TrendEstimator {

    private static final double SECONDS_PER_DAY = 86_400;
    private static final double MIN_EFFECTIVE_N = 3;

    private final double threshold;
    private final boolean corrected;
    private final PairedMoments moments = new PairedMoments();
    private long originSecond;
    private double originValue;
    private double lastDay;
    // lag sums over consecutive pairs (current c, previous p), t in days since the origin, v = value - origin value
    private long pairs;
    private double sumVcVp;
    private double sumVcTp;
    private double sumTcVp;
    private double sumTcTp;
    private double sumVc;
    private double sumVp;
    private double sumTc;
    private double sumTp;
    private double previousT;
    private double previousV;

    /** @param threshold the upper limit whose crossing time is forecast, e.g. a critical limit */
    public TrendEstimator(double threshold) {
        this(threshold, true);
    }

    private TrendEstimator(double threshold, boolean corrected) {
        this.threshold = threshold;
        this.corrected = corrected;
    }

    /** The textbook estimator that takes the readings as independent: for comparison only, wrong for time series. */
    static TrendEstimator uncorrected(double threshold) {
        return new TrendEstimator(threshold, false);
    }

    /** Adds a value at a UTC timestamp; time is measured in days since the first value. Skips non-finite values. */
    public void add(LocalDateTime timestamp, double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        long second = timestamp.toEpochSecond(ZoneOffset.UTC);
        if (moments.n() == 0) {
            originSecond = second;
            originValue = value;
        }
        lastDay = (second - originSecond) / SECONDS_PER_DAY;
        double v = value - originValue;
        if (moments.n() > 0) {
            pairs++;
            sumVcVp += v * previousV;
            sumVcTp += v * previousT;
            sumTcVp += lastDay * previousV;
            sumTcTp += lastDay * previousT;
            sumVc += v;
            sumVp += previousV;
            sumTc += lastDay;
            sumTp += previousT;
        }
        previousT = lastDay;
        previousV = v;
        moments.add(lastDay, value);
    }

    public long n() {
        return moments.n();
    }

    /** When the first value was taken (UTC); null before. */
    public Instant since() {
        return moments.n() == 0 ? null : Instant.ofEpochSecond(originSecond);
    }

    /** b = Stv / Stt, in the metric's unit per day. */
    public double slopePerDay() {
        return moments.sxx() > 0 ? moments.sxy() / moments.sxx() : 0;
    }

    private double residualSquares() {
        return Math.max(0, moments.syy() - slopePerDay() * moments.sxy());
    }

    /**
     * Lag-1 autocorrelation of the residuals e = (v - mean v) - b (t - mean t): sum e_c e_p / SSE, in [-1, 1];
     * 0 while undefined (no residual variance, e.g. an exact line).
     */
    public double residualLag1() {
        double sse = residualSquares();
        if (pairs < 2 || !(sse > 1e-12 * Math.max(1e-300, moments.syy()))) {
            return 0;
        }
        double b = slopePerDay();
        double mt = moments.meanX();
        double mv = moments.meanY() - originValue;
        double vv = sumVcVp - mv * (sumVc + sumVp) + pairs * mv * mv;
        double vt = sumVcTp - mv * sumTp - mt * sumVc + pairs * mv * mt;
        double tv = sumTcVp - mt * sumVp - mv * sumTc + pairs * mt * mv;
        double tt = sumTcTp - mt * (sumTc + sumTp) + pairs * mt * mt;
        double lagged = vv - b * (vt + tv) + b * b * tt;
        return Math.max(-1, Math.min(1, lagged / sse));
    }

    /**
     * n (1 - phi) / (1 + phi), between 3 and n, with phi the residuals' lag-1 autocorrelation r1 corrected for its
     * first-order bias when a mean and a slope are estimated, phi = r1 + (2 + 4 r1) / n, then kept in [0, 0.999]
     * (r1 of a day's residuals underestimates a phi of 0.95 by about 0.008, enough to make n_eff 20 % too large).
     */
    public double effectiveN() {
        long n = moments.n();
        if (!corrected || n < MIN_EFFECTIVE_N) {
            return n;
        }
        double r1 = residualLag1();
        double phi = Math.max(0, Math.min(0.999, r1 + (2 + 4 * r1) / n));
        return Math.max(MIN_EFFECTIVE_N, Math.min(n, n * (1 - phi) / (1 + phi)));
    }

    /** se(b) = sqrt(SSE / (n_eff - 2) / Stt) with SSE = Svv - b Stv. */
    public double standardError() {
        return Math.sqrt(residualSquares() / (effectiveN() - 2) / moments.sxx());
    }

    /**
     * The trend: slope, CI b +- t(0.975, n_eff - 2) se, significant when the interval excludes 0; days to threshold
     * only when significant and rising: (threshold - fitted now) / b, 0 if already there, with Fieller's 95 %
     * interval ({@link #crossingInterval}).
     */
    public TrendFinding finding() {
        long n = moments.n();
        if (n < 3 || moments.sxx() <= 0) {
            return new TrendFinding(n, 0, 0, 0, false, threshold, null, "insufficient data", n, 0, null, null, null,
                    since());
        }
        double slope = slopePerDay();
        double effectiveN = effectiveN();
        double critical = StudentT.critical(0.05, effectiveN - 2);
        double margin = critical * standardError();
        double low = slope - margin;
        double high = slope + margin;
        boolean significant = low > 0 || high < 0;
        double lag1 = residualLag1();
        if (!significant) {
            return new TrendFinding(n, slope, low, high, false, threshold, null, "no trend detected", effectiveN, lag1,
                    null, null, null, since());
        }
        String verdict = slope > 0 ? "rising trend" : "falling trend";
        if (slope <= 0) {
            return new TrendFinding(n, slope, low, high, true, threshold, null, verdict, effectiveN, lag1, null, null,
                    null, since());
        }
        double now = lastDay - moments.meanX();
        double remaining = Math.max(0, threshold - (moments.meanY() + slope * now));
        double[] interval = crossingInterval(slope, effectiveN, critical, now);
        return new TrendFinding(n, slope, low, high, true, threshold, remaining / slope, verdict, effectiveN, lag1,
                interval[0], interval[1], null, since());
    }

    /**
     * Fieller's interval of the time the line reaches the threshold (inverse regression): the times u (from the mean
     * time) at which the threshold lies inside the line's 95 % confidence band, |mean + b u - threshold| &lt;=
     * t* s sqrt(1/n + u^2 / Stt) with s^2 = SSE / (n_eff - 2), i.e. the roots of
     * (b^2 - t*^2 s^2 / Stt) u^2 + 2 b D u + D^2 - t*^2 s^2 / n = 0, D = mean - threshold; in days from now, floored
     * at 0. It holds both the slope's and the level's uncertainty; a significant slope makes the leading term positive.
     */
    private double[] crossingInterval(double slope, double effectiveN, double critical, double now) {
        double s2 = residualSquares() / (effectiveN - 2);
        double d = moments.meanY() - threshold;
        double a = slope * slope - critical * critical * s2 / moments.sxx();
        double b = 2 * slope * d;
        double c = d * d - critical * critical * s2 / moments.n();
        double discriminant = b * b - 4 * a * c;
        if (!(a > 0) || discriminant < 0) {
            double point = Math.max(0, -d / slope - now);
            return new double[] {point, point};
        }
        double root = Math.sqrt(discriminant);
        double first = (-b - root) / (2 * a);
        double second = (-b + root) / (2 * a);
        return new double[] {Math.max(0, first - now), Math.max(0, second - now)};
    }
}
