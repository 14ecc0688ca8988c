package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A tool wearing out fast, from the vibration of a cutting machine, two ways: the vibration trend, adjusted for
 * cutting load through power ({@link TimedTrend} over the last {@link #WINDOW_MINUTES} minutes of Active data),
 * rises faster than normal flank wear can make it ({@link #MIN_SLOPE_HZ_PER_MIN}, with {@link #Z} standard errors to
 * spare); or the vibration stands above {@link #LEVEL_HZ} for {@link #CONFIRM} (chatter, a broken edge). Both signs
 * are judged on 5-minute means ({@link TimeBins}), once per closed bin: the same points and the same number of looks
 * per hour at 1, 2 and 5 minute sampling, so the false alarms per day do not depend on the step (judged reading by
 * reading, the level test looked five times as often at 1 minute, and at 5 minutes one noisy reading was a whole
 * "minute" of evidence). A trend verdict holds until the trend levels off or the machine stops cutting; a verdict
 * clears only after {@link #CLEAR_AFTER} without either sign, so one quiet reading does not split an alarm. Every
 * duration is data time. O(1) per reading (a window of ten bins).
 */
public class ToolWearDetector {

    /**
     * Vibration of a cutting machine beyond what cutting load and normal flank wear produce: about 0.5 + 0.8 x load
     * + wear terms stays below about 2.9 Hz until chatter sets in near the end of a tool's life.
     */
    public static final double LEVEL_HZ = 3.0;
    /**
     * How long the 5-minute means of vibration must stand above {@link #LEVEL_HZ} before a worn tool is believed:
     * three bins in a row. A damaged spindle bearing adds up to about 0.8 Hz while the spindle turns and lifts a
     * sharp tool's vibration near the level for minutes at a time; worn to breakage, a tool stands 1-2 Hz above it.
     */
    public static final Duration CONFIRM = Duration.ofMinutes(10);
    /** Relative noise of a vibration reading (the sensor's gain noise). */
    static final double SENSOR_NOISE_SHARE = 0.04;
    /** Absolute noise of a vibration reading, Hz. */
    static final double SENSOR_NOISE_HZ = 0.03;
    /** Minutes of cutting the trend is fitted over: ten 5-minute means. */
    public static final double WINDOW_MINUTES = 45;
    /**
     * Points (5-minute means) the trend needs at least: 7 residual degrees of freedom for the three coefficients; a
     * 30-minute window of 7 points made 12 false trends in 280 machine-days.
     */
    public static final int MINIMUM_POINTS = 10;
    /** Share of {@link #WINDOW_MINUTES} the cutting data must span before a trend is trusted. */
    static final double COVERAGE = 0.8;
    /** Points closer than this are one observation to the trend's error: one per 5-minute bin. */
    public static final double DECORRELATION_MINUTES = TimeBins.BIN_MINUTES;
    /**
     * 0.3 Hz per hour: normal flank wear (a tool lasts 700-1,000 cutting minutes) raises vibration by at most about
     * 0.25 Hz per hour even at the end of its life, accelerated wear by 0.3-1 Hz per hour.
     */
    public static final double MIN_SLOPE_HZ_PER_MIN = 0.005;
    /** Standard errors the slope must clear the limit by. */
    public static final double Z = 3;
    /** How long neither sign may show before a verdict clears while the machine keeps cutting. */
    public static final Duration CLEAR_AFTER = Duration.ofMinutes(10);
    /** A longer pause between two readings starts the trend afresh. */
    static final Duration MAX_GAP = Duration.ofMinutes(10);

    private final TimedTrend trend = new TimedTrend(WINDOW_MINUTES, DECORRELATION_MINUTES, true, MINIMUM_POINTS);
    private final MinimumDuration level = new MinimumDuration(CONFIRM, Duration.ZERO, MAX_GAP);
    private final MinimumDuration verdict = new MinimumDuration(Duration.ZERO, CLEAR_AFTER, MAX_GAP);
    private final TimeBins bins = new TimeBins();
    private Reading previous;
    private int above;
    private boolean trending;
    private boolean confirmedLevel;
    private boolean holding;
    private double levelMean = Double.NaN;
    private LocalDateTime binClosedAt;

    /** Updates with the reading; true while a worn tool is suspected. */
    public boolean update(Reading reading) {
        if (reading.mode() != OperationMode.ACTIVE) {
            reset();
            return false;
        }
        if (Double.isNaN(reading.vibrationHz()) || Double.isNaN(reading.powerKw())) {
            // not measured: no sign either way, so the verdict holds until a measured reading moves it (a long
            // silence ends at the next one by the gap rule)
            return verdict.raised();
        }
        if (previous != null && (reading.timestamp().isBefore(previous.timestamp())
                || Duration.between(previous.timestamp(), reading.timestamp()).compareTo(MAX_GAP) > 0)) {
            trend.reset();
            bins.reset();
        }
        previous = reading;
        above = reading.vibrationHz() > LEVEL_HZ ? above + 1 : 0;
        binClosedAt = reading.timestamp();
        bins.add(reading.timestamp().toEpochSecond(ZoneOffset.UTC) / 60.0, reading.powerKw(), reading.vibrationHz(),
                this::judge);
        boolean sign = trending || confirmedLevel;
        boolean worn = verdict.update(sign, !sign, reading.timestamp());
        holding = worn && !sign;
        return worn;
    }

    // one closed 5-minute bin: its means update the trend and the level
    private void judge(double minute, double powerKw, double vibrationHz, int readings) {
        trend.add(minute, powerKw, vibrationHz);
        levelMean = vibrationHz;
        boolean high = vibrationHz - sensorNoiseHz(vibrationHz) / Math.sqrt(readings) > LEVEL_HZ;
        confirmedLevel = level.update(high, !high, binClosedAt);
        if (trend.covers(COVERAGE) && trend.lowerBoundT(Z) > MIN_SLOPE_HZ_PER_MIN) {
            trending = true;
        } else if (trending && !(trend.slope() > 0)) {
            trending = false;
        }
    }

    /**
     * The vibration sensor's noise (one standard deviation) at a level: 4 % of the reading plus 0.03 Hz. The bin's
     * mean must clear the level by one standard error of its readings' noise: a 5-minute bin is one reading at
     * 5-minute steps and five at 1-minute steps, and without the allowance a vibration lifted to just under the
     * level (a damaged bearing) crossed it in single noisy readings three times as often per day at 5 minutes.
     */
    static double sensorNoiseHz(double vibrationHz) {
        return Math.hypot(SENSOR_NOISE_SHARE * vibrationHz, SENSOR_NOISE_HZ);
    }

    private void reset() {
        trend.reset();
        bins.reset();
        confirmedLevel = false;
        levelMean = Double.NaN;
        level.reset();
        verdict.reset();
        above = 0;
        trending = false;
        holding = false;
        previous = null;
    }

    /** True while the verdict holds (for {@link #CLEAR_AFTER}) although neither sign shows any more. */
    public boolean holding() {
        return holding;
    }

    /** True when the latest verdict came from the trend rather than the level alone. */
    public boolean trending() {
        return trending;
    }

    /** Hz per minute, adjusted for power; NaN with too few readings. */
    public double slope() {
        return trend.slope();
    }

    public int readingsAbove() {
        return above;
    }

    /** Mean vibration (Hz) of the latest closed 5-minute bin of cutting, NaN before the first. */
    public double levelMean() {
        return levelMean;
    }
}
