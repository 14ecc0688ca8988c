package io.cnctwin.analytics.control;

/**
 * Tabular CUSUM (Page): two one-sided sums that accumulate deviations from a target beyond a reference k,
 * and alarm when one exceeds the decision interval h. O(1) per value.
 */
public class Cusum {

    private final double target;
    private final double reference;
    private final double decision;
    private double upper;
    private double lower;

    /**
     * @param target    the in-control mean
     * @param reference k, the slack per value (usually half the shift to detect, e.g. 0.5 sigma)
     * @param decision  h, the alarm threshold (usually 4 to 5 sigma)
     */
    public Cusum(double target, double reference, double decision) {
        if (reference < 0 || decision <= 0) {
            throw new IllegalArgumentException("need k >= 0 and h > 0, got k=" + reference + ", h=" + decision);
        }
        this.target = target;
        this.reference = reference;
        this.decision = decision;
    }

    /** k = 0.5 sigma, h = 5 sigma: detects a 1-sigma shift in about 10 values, false alarm every ~900 in control. */
    public static Cusum forShiftOfOneSigma(double target, double sigma) {
        return new Cusum(target, 0.5 * sigma, 5 * sigma);
    }

    /**
     * S+ = max(0, S+ + x - target - k), S- = max(0, S- + target - k - x); returns whether either side alarms.
     */
    public boolean update(double x) {
        upper = Math.max(0, upper + x - target - reference);
        lower = Math.max(0, lower + target - reference - x);
        return alarm();
    }

    /** S+ &gt; h: the mean has shifted up. */
    public boolean upperAlarm() {
        return upper > decision;
    }

    /** S- &gt; h: the mean has shifted down. */
    public boolean lowerAlarm() {
        return lower > decision;
    }

    public boolean alarm() {
        return upperAlarm() || lowerAlarm();
    }

    public double upper() {
        return upper;
    }

    public double lower() {
        return lower;
    }

    /** Starts both sums again at 0, e.g. after the cause of an alarm was fixed. */
    public void reset() {
        upper = 0;
        lower = 0;
    }
}
