package io.cnctwin.analytics.control;

/**
 * Means of a value and its covariate over clock-aligned bins of data time ({@link #BIN_MINUTES} minutes: 00:00-00:05,
 * 00:05-00:10, ...). A detector that judges bin means, once per closed bin, sees the same number of points and takes
 * the same number of looks per hour at 1, 2 or 5 minute sampling: judged reading by reading, a trend or level test
 * looks five times as often at 1 minute as at 5 and fits five times as many strongly autocorrelated points, so its
 * false alarms per day depended on the step (issue 17, item 4). Finer sampling only makes a bin mean less noisy.
 * <p>
 * A bin closes with the reading expected to be its last (the reading plus the latest step reaches the bin's end), so
 * a bin is judged as soon as it is complete; at 5-minute steps a bin is one reading. A reading that lands in another
 * bin than the open one (a gap, irregular sampling) closes the open bin early and starts its own. O(1) per reading.
 */
public final class TimeBins {

    /** Bin length in minutes: the coarsest sampling step the twin serves, so every bin holds at least one reading. */
    public static final double BIN_MINUTES = 5;

    private final double binMinutes;
    private long openBin = Long.MIN_VALUE;
    private int count;
    private double sumMinutes;
    private double sumCovariate;
    private double sumValue;
    private double previousMinute = Double.NaN;

    public TimeBins() {
        this(BIN_MINUTES);
    }

    public TimeBins(double binMinutes) {
        if (!(binMinutes > 0)) {
            throw new IllegalArgumentException("need a positive bin length");
        }
        this.binMinutes = binMinutes;
    }

    /** Receives the means of a closed bin. */
    @FunctionalInterface
    public interface Closed {
        void bin(double minute, double covariate, double value, int readings);
    }

    /**
     * Adds a reading (minutes from any fixed origin, increasing) and hands every bin it closes to {@code closed}
     * (none, one, or two: the open bin closed early and the reading's own, when it is also its bin's last).
     */
    public void add(double minutes, double covariateValue, double y, Closed closed) {
        long bin = (long) Math.floor(minutes / binMinutes + 1e-9);
        if (count > 0 && bin != openBin) {
            close(closed);
        }
        double step = minutes - previousMinute;
        previousMinute = minutes;
        openBin = bin;
        count++;
        sumMinutes += minutes;
        sumCovariate += covariateValue;
        sumValue += y;
        if (step > 0 && minutes + step >= (bin + 1) * binMinutes - 1e-9) {
            close(closed);
        }
    }

    private void close(Closed closed) {
        double minute = sumMinutes / count;
        double covariate = sumCovariate / count;
        double value = sumValue / count;
        int readings = count;
        count = 0;
        sumMinutes = sumCovariate = sumValue = 0;
        closed.bin(minute, covariate, value, readings);
    }

    /** Forgets the open bin and the step (a new segment begins). */
    public void reset() {
        count = 0;
        sumMinutes = sumCovariate = sumValue = 0;
        openBin = Long.MIN_VALUE;
        previousMinute = Double.NaN;
    }

    public double binMinutes() {
        return binMinutes;
    }
}
