package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.reading.entity.Reading;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A temperature reading that power does not explain ({@link TemperatureResidual} above {@link #RAISE_K}), told apart
 * by how fast it rose over the last {@link #SPAN_MINUTES}: a cooling failure heats the housing by about 1 K/min (the
 * power's heat against a failing coolant flow), a drifting sensor adds at most about 0.25 K/min. A drifting sensor is
 * also recognised earlier, from {@link #DRIFT_RAISE_K}, when the residual's trend over the last
 * {@link #DRIFT_WINDOW_MINUTES} ({@link TimedTrend}) rises steadily: faster than {@link #DRIFT_MIN_SLOPE_K_PER_MIN} by
 * {@link #DRIFT_Z} standard errors, slower than heating. The verdict is kept while the residual stays above
 * {@link #CLEAR_K} or keeps creeping up, and for {@link #CLEAR_AFTER} after that (so one quiet reading does not split
 * an alarm); a verdict of drift is upgraded if the rise speeds up later. The drift trend is fitted to 5-minute means
 * of the residual ({@link TimeBins}) and judged once per closed bin, so it sees the same points and takes the same
 * number of looks per hour at 1, 2 and 5 minute sampling. Every span is data time. O(1) per reading.
 */
public class TemperatureAnomaly {

    /** About four standard deviations of the residual of a healthy machine (daily hall swing, sensor noise). */
    public static final double RAISE_K = 6;
    /** Hysteresis: the anomaly clears only well below the raise level, so noise does not make new alarms. */
    public static final double CLEAR_K = 3;
    /**
     * K/min over the last {@link #SPAN_MINUTES} that separates heating from a sensor's creep: a drifting sensor adds
     * at most 0.25 K/min, a cooling failure heats by 0.4-1 K/min when the residual passes {@link #RAISE_K}.
     */
    public static final double FAST_RISE_K_PER_MIN = 0.35;
    /**
     * The rise rate is measured against the latest reading at least this much older: over 10 minutes the sensor's
     * noise (0.3 K) blurs the rate by about 0.04 K/min.
     */
    public static final double SPAN_MINUTES = 10;
    /** Minutes the residual's trend is fitted over. */
    public static final double DRIFT_WINDOW_MINUTES = 40;
    /** Share of the window the data must span before a trend is trusted. */
    static final double COVERAGE = 0.8;
    /** Points closer than this count as one observation to the trend's error: one per 5-minute bin. */
    static final double DECORRELATION_MINUTES = TimeBins.BIN_MINUTES;
    /**
     * Residual (K) from which a steady, significant rise is taken for a drifting sensor before it reaches
     * {@link #RAISE_K}: about 1.5 standard deviations of a healthy residual, so the trend test does the rest.
     */
    public static final double DRIFT_RAISE_K = 2.0;
    /**
     * 0.04 K/min: the hall's daily swing moves a healthy residual by less than 0.01 K/min; a drifting sensor adds
     * 0.05-0.25 K/min.
     */
    public static final double DRIFT_MIN_SLOPE_K_PER_MIN = 0.04;
    /** Standard errors the residual's slope must clear {@link #DRIFT_MIN_SLOPE_K_PER_MIN} by. */
    public static final double DRIFT_Z = 3;
    /**
     * How long a creep must hold, judged once per 5-minute bin, before it is called a drift: a sensor's drift creeps
     * for hours, while a model's mismatch after a mode change (a fouled housing cooling in Maintenance) or the power
     * meter's noise carried by the 20-minute filter (its share grows with the step) made single-bin creeps.
     */
    public static final Duration CREEP_CONFIRM = Duration.ofMinutes(10);
    /** How long the residual must stay explained before a verdict clears. */
    public static final Duration CLEAR_AFTER = Duration.ofMinutes(10);
    /** A longer pause between two readings starts trend and rise afresh. */
    static final Duration MAX_GAP = Duration.ofMinutes(15);

    private final TemperatureResidual residual = new TemperatureResidual();
    private final TimedTrend trend = new TimedTrend(DRIFT_WINDOW_MINUTES, DECORRELATION_MINUTES, false);
    /**
     * The residual's trend with the filtered power held fixed ({@code r = a + b t + c Pf}): a sensor's offset grows
     * with time whatever the power, while a grown thermal resistance (coolant fouling, a cooling degradation) makes
     * the residual follow the heat, {@code c > 0}, with no rise of its own at constant power.
     */
    private final TimedTrend powerAdjusted = new TimedTrend(DRIFT_WINDOW_MINUTES, DECORRELATION_MINUTES, true);
    private final Deque<double[]> recent = new ArrayDeque<>();
    private final TimeBins bins = new TimeBins();
    private boolean creeping;
    /** Creep must be seen at three bin closes in a row (10 minutes) before it makes a verdict. */
    private final MinimumDuration creep = new MinimumDuration(CREEP_CONFIRM, Duration.ZERO, MAX_GAP);
    private boolean confirmedCreep;
    private java.time.LocalDateTime at;
    private FaultCondition raw;
    private FaultCondition verdict;
    private double quietSince = Double.NaN;
    private double previousMinute = Double.NaN;

    /** Updates with the reading; returns OVERHEAT, SENSOR_DRIFT or null when the temperature is explained. */
    public FaultCondition update(Reading reading) {
        if (Double.isNaN(reading.temperatureC()) || Double.isNaN(reading.powerKw())) {
            return verdict; // not measured: the verdict holds until a measured reading moves it
        }
        double r = residual.update(reading);
        double minute = reading.timestamp().toEpochSecond(ZoneOffset.UTC) / 60.0;
        if (!Double.isNaN(previousMinute) && (minute < previousMinute || minute - previousMinute > MAX_GAP.toMinutes())) {
            resetTrends();
        }
        previousMinute = minute;
        if (Double.isNaN(r)) {
            resetTrends();
            raw = null;
            quietSince = Double.NaN;
            return verdict = null;
        }
        remember(r, minute);
        at = reading.timestamp();
        bins.add(minute, residual.filteredPower(), r, this::judge);
        if (raw != null && r < CLEAR_K && !(creeping && r >= DRIFT_RAISE_K)) {
            raw = null;
        } else if (r >= RAISE_K && raw != FaultCondition.OVERHEAT && judgeable()) {
            raw = riseRate() >= FAST_RISE_K_PER_MIN ? FaultCondition.OVERHEAT : FaultCondition.SENSOR_DRIFT;
        } else if (raw == null && confirmedCreep && r >= DRIFT_RAISE_K && judgeable()) {
            raw = FaultCondition.SENSOR_DRIFT;
        }
        return verdict = hold(minute);
    }

    // a raised verdict outlives its cause by CLEAR_AFTER; a new or upgraded one takes over at once
    private FaultCondition hold(double minute) {
        if (raw != null) {
            quietSince = Double.NaN;
            return verdict == FaultCondition.OVERHEAT ? verdict : raw;
        }
        if (verdict == null) {
            return null;
        }
        if (Double.isNaN(quietSince)) {
            quietSince = minute;
        }
        if (minute - quietSince >= CLEAR_AFTER.toMinutes()) {
            quietSince = Double.NaN;
            return null;
        }
        return verdict;
    }

    /**
     * Whether the residual may raise a verdict: not before the power filter has settled (the heat before the first
     * reading is unknown), nor while the power meter is at the end of its span (the heat is understated: a power
     * spike on a loaded spindle heats the housing more than its clipped reading says, and was called OVERHEAT or
     * SENSOR_DRIFT at every step).
     */
    private boolean judgeable() {
        return residual.settled() && !residual.saturated();
    }

    private void resetTrends() {
        trend.reset();
        powerAdjusted.reset();
        bins.reset();
        recent.clear();
        creeping = false;
        confirmedCreep = false;
        creep.reset();
    }

    // one closed 5-minute bin of the residual: the trends take its means, the creep is judged on them
    private void judge(double minute, double filteredPower, double meanResidual, int readings) {
        trend.add(minute, 0, meanResidual);
        powerAdjusted.add(minute, filteredPower, meanResidual);
        creeping = creeping(meanResidual);
        confirmedCreep = creep.update(creeping, !creeping, at);
    }

    // a steady rise, significantly faster than the hall's swing and slower than heating, whose line and newest bin
    // both stand above noise (the bin alone: at 5-minute steps one noisy reading crossed the level)
    private boolean creeping(double r) {
        return !residual.saturated() && residual.learned() && trend.latest() >= DRIFT_RAISE_K && r >= DRIFT_RAISE_K
                && trend.covers(COVERAGE) && trend.lowerBoundT(DRIFT_Z) > DRIFT_MIN_SLOPE_K_PER_MIN
                && riseRate() < FAST_RISE_K_PER_MIN && !heatProportional();
    }

    /**
     * True when the residual's rise is the heat's: with the filtered power held fixed the residual does not rise
     * ({@link #DRIFT_MIN_SLOPE_K_PER_MIN} or less): a grown thermal resistance, not a sensor's offset.
     */
    boolean heatProportional() {
        double adjusted = powerAdjusted.slope();
        return !Double.isNaN(adjusted) && adjusted <= DRIFT_MIN_SLOPE_K_PER_MIN;
    }

    private void remember(double r, double minute) {
        recent.addLast(new double[] {minute, r});
        // keep the newest reading at least SPAN_MINUTES older than this one, and nothing older
        while (recent.size() > 2) {
            double[] second = secondOldest();
            if (minute - second[0] >= SPAN_MINUTES) {
                recent.removeFirst();
            } else {
                break;
            }
        }
    }

    private double[] secondOldest() {
        var it = recent.iterator();
        it.next();
        return it.next();
    }

    /** K per minute between the newest residual and the latest one at least {@link #SPAN_MINUTES} older (0 before). */
    public double riseRate() {
        if (recent.size() < 2) {
            return 0;
        }
        double[] oldest = recent.peekFirst();
        double[] newest = recent.peekLast();
        double minutes = newest[0] - oldest[0];
        return minutes < SPAN_MINUTES ? 0 : (newest[1] - oldest[1]) / minutes;
    }

    /** True while the verdict holds (for {@link #CLEAR_AFTER}) although the residual is explained again. */
    public boolean holding() {
        return verdict != null && raw == null;
    }

    public FaultCondition verdict() {
        return verdict;
    }

    /**
     * The housing's thermal resistance as learned over the last {@link TemperatureResidual#MEMORY_MINUTES}, relative
     * to the fleet's ({@link FleetPriors#TEMPERATURE_K_PER_KW}): about 1 for a clean coolant circuit, growing with
     * coolant fouling (1.35 at full fouling in the simulation). A cooling degradation, not a sensor drift.
     */
    public double thermalResistanceRatio() {
        return residual.kelvinPerKw() / FleetPriors.TEMPERATURE_K_PER_KW;
    }

    /** The latest residual in K, NaN while the residual model warms up. */
    public double residual() {
        return residual.residual();
    }
}
