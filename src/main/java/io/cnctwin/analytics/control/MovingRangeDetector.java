package io.cnctwin.analytics.control;

/**
 * Sudden jumps and drops, by an individuals (XmR) chart over a rolling window: a value is a jump when
 * {@code x > mean + 2.66 MRbar} and a drop when {@code x < mean - 2.66 MRbar}, where MRbar is the average moving
 * range |x_i - x_(i-1)| of the window. Unlike 3-sigma limits on raw values this reacts to changes between
 * neighbouring readings, so it fires on a step and stays quiet on noise of any shape (on uniform noise the limits
 * lie outside the range). O(1) per value.
 */
public class MovingRangeDetector {

    /** 3 / d2 with d2 = 1.128, the bias constant of a moving range of two. */
    public static final double LIMIT_FACTOR = 2.66;

    /** What a value did relative to the limits. */
    public enum Signal { NONE, JUMP, DROP }

    private final RollingWindow values;
    private final RollingWindow movingRanges;
    private final int minimumRanges;
    private double previous = Double.NaN;

    /**
     * @param window        how many recent values make the centre line and MRbar
     * @param minimumRanges how many moving ranges are needed before anything can fire
     */
    public MovingRangeDetector(int window, int minimumRanges) {
        if (minimumRanges < 2 || minimumRanges >= window) {
            throw new IllegalArgumentException("need 2 <= minimumRanges < window, got " + minimumRanges + ", " + window);
        }
        this.values = new RollingWindow(window);
        this.movingRanges = new RollingWindow(window - 1);
        this.minimumRanges = minimumRanges;
    }

    /**
     * Window 50, at least 30 moving ranges: with fewer, MRbar itself is so noisy that pure noise crosses the limits
     * (on uniform noise a window of 20 fires about once per 1,000 readings; 50 / 30 did not fire in 200,000).
     */
    public MovingRangeDetector() {
        this(50, 30);
    }

    /** Checks x against the limits of the values before it, then adds it to the window. */
    public Signal update(double x) {
        Signal signal = classify(x);
        if (!Double.isNaN(previous)) {
            movingRanges.add(Math.abs(x - previous));
        }
        values.add(x);
        previous = x;
        return signal;
    }

    private Signal classify(double x) {
        if (movingRanges.size() < minimumRanges) {
            return Signal.NONE;
        }
        if (x > upperLimit()) {
            return Signal.JUMP;
        }
        return x < lowerLimit() ? Signal.DROP : Signal.NONE;
    }

    public double upperLimit() {
        return values.mean() + LIMIT_FACTOR * movingRanges.mean();
    }

    public double lowerLimit() {
        return values.mean() - LIMIT_FACTOR * movingRanges.mean();
    }
}
