package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.Duration;

/**
 * A tool wearing out fast, from the vibration of a cutting machine, two ways: the vibration trend, adjusted for
 * cutting load through power ({@link WindowTrend} over the last {@link #WINDOW} Active readings), rises faster than
 * normal flank wear can make it ({@link #MIN_SLOPE_HZ_PER_MIN}, with {@link #Z} standard errors to spare); or the
 * vibration stands above {@link #LEVEL_HZ} for {@link #CONFIRMING_READINGS} readings (chatter, a broken edge). A
 * trend verdict holds until the trend levels off or the machine stops cutting. O(1) per reading.
 */
public class ToolWearDetector {

    /**
     * Vibration of a cutting machine beyond what cutting load and normal flank wear produce: about 0.5 + 0.8 x load
     * + wear terms stays below about 2.9 Hz until chatter sets in near the end of a tool's life.
     */
    public static final double LEVEL_HZ = 3.0;
    /** Readings in a row above {@link #LEVEL_HZ} before a worn tool is believed. */
    public static final int CONFIRMING_READINGS = 2;
    /** Active readings the trend is fitted over (30 minutes at 2-minute sampling). */
    public static final int WINDOW = 15;
    /**
     * 0.3 Hz per hour: normal flank wear (a tool lasts 700-1,000 cutting minutes) raises vibration by at most about
     * 0.25 Hz per hour even at the end of its life, accelerated wear by 0.3-1 Hz per hour.
     */
    public static final double MIN_SLOPE_HZ_PER_MIN = 0.005;
    /**
     * Standard errors the slope must clear the limit by: 3 (at 2.5 the bundled data showed 2.5 times the false
     * alarms for 6 minutes less delay).
     */
    public static final double Z = 3;
    /** A longer pause between two readings starts the trend afresh. */
    static final Duration MAX_GAP = Duration.ofMinutes(10);

    private final WindowTrend trend = new WindowTrend(WINDOW, true);
    private Reading previous;
    private int above;
    private boolean trending;

    /** Updates with the reading; true while a worn tool is suspected. */
    public boolean update(Reading reading) {
        if (reading.mode() != OperationMode.ACTIVE || Double.isNaN(reading.vibrationHz())
                || Double.isNaN(reading.powerKw())) {
            trend.reset();
            above = 0;
            trending = false;
            previous = null;
            return false;
        }
        if (previous != null && Duration.between(previous.timestamp(), reading.timestamp()).compareTo(MAX_GAP) > 0) {
            trend.reset();
        }
        previous = reading;
        trend.add(reading.timestamp().toEpochSecond(java.time.ZoneOffset.UTC) / 60.0, reading.powerKw(),
                reading.vibrationHz());
        above = reading.vibrationHz() > LEVEL_HZ ? above + 1 : 0;
        if (trend.size() >= WINDOW && trend.lowerBound(Z) > MIN_SLOPE_HZ_PER_MIN) {
            trending = true;
        } else if (trending && !(trend.slope() > 0)) {
            trending = false;
        }
        return trending || above >= CONFIRMING_READINGS;
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
}
