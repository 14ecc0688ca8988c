package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.OperationMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * Smoothed level and upward drift of one metric of one machine, in data time and per operation mode. The drift
 * statistic is the metric's level within the current mode ({@link TimeEwma}, time constant {@link #TAU_MINUTES},
 * started afresh at every mode change and judged only once {@link #settleMinutes()} have passed, so a change of mode
 * is never drift) against that mode's baseline: mean and standard deviation of the settled level, starting from the
 * fleet's prior ({@link FleetPriors#level}, worth {@link #PRIOR_MINUTES} of data) and learned from the machine's own
 * healthy-looking data, each reading weighted by the minutes it stands for. Maintenance (where tools are changed and
 * faults repaired) forgets the machine's own data: the baselines are learned again from the prior. Drift is raised
 * once z = (level - mean) / sd has stayed above {@link #Z_RAISE} for {@link #RAISE_AFTER}, and cleared once it has
 * stayed below {@link #Z_CLEAR} for {@link #CLEAR_AFTER}. O(1) per value.
 */
public class DriftMonitor {

    /** Time constant of the level: smooths sensor noise, follows a real change within minutes. */
    public static final double TAU_MINUTES = 10;
    /** How much data the fleet prior is worth. */
    static final double PRIOR_MINUTES = 120;
    /** The sd never falls below this share of the prior's: a calm machine does not make noise an alarm. */
    static final double SD_FLOOR_SHARE = 0.75;
    static final double Z_RAISE = 4;
    static final double Z_CLEAR = 2;
    /** Only levels within this many sd of the baseline teach it (a fault never does). */
    static final double Z_LEARN = 2.5;
    static final Duration RAISE_AFTER = Duration.ofMinutes(10);
    static final Duration CLEAR_AFTER = Duration.ofMinutes(10);
    /** A reading stands for at most this long (a gap teaches nothing). */
    static final double MAX_WEIGHT_MINUTES = 10;
    static final Duration MAX_GAP = Duration.ofMinutes(15);

    private final Metric metric;
    private final double settleMinutes;
    private final TimeEwma level = new TimeEwma(TAU_MINUTES);
    private final TimeEwma modeLevel = new TimeEwma(TAU_MINUTES);
    private final Map<OperationMode, Baseline> baselines = new EnumMap<>(OperationMode.class);
    private final MinimumDuration alarm = new MinimumDuration(RAISE_AFTER, CLEAR_AFTER, MAX_GAP);
    private OperationMode mode;
    private LocalDateTime modeSince;
    private LocalDateTime previous;
    private double z = Double.NaN;
    private boolean drifting;
    private long episodes;

    /**
     * @param metric        TEMPERATURE, VIBRATION or ERROR_RATE (the metrics with a fleet prior)
     * @param settleMinutes minutes after a mode change before the level is judged (the housing needs two time
     *                      constants, about 40 minutes, to settle; vibration and error rate a few minutes)
     */
    public DriftMonitor(Metric metric, double settleMinutes) {
        this.metric = metric;
        this.settleMinutes = settleMinutes;
        for (OperationMode m : OperationMode.values()) {
            baselines.put(m, new Baseline(FleetPriors.level(metric, m)));
        }
    }

    /** Updates level and drift with x of a reading in {@code mode} at {@code at}; returns whether drifting upward. */
    public boolean update(double x, OperationMode mode, LocalDateTime at) {
        if (Double.isNaN(x) || mode == null || at == null) {
            return drifting;
        }
        level.update(x, at);
        boolean gap = previous != null && (at.isBefore(previous) || Duration.between(previous, at).compareTo(MAX_GAP) > 0);
        double minutes = previous == null || gap ? 0 : Math.min(MAX_WEIGHT_MINUTES, Duration.between(previous, at).toSeconds() / 60.0);
        previous = at;
        if (mode != this.mode || gap) {
            if (mode == OperationMode.MAINTENANCE && this.mode != OperationMode.MAINTENANCE) {
                baselines.values().forEach(Baseline::forget);
            }
            this.mode = mode;
            modeSince = at;
            modeLevel.reset();
            alarm.reset();
        }
        double smoothed = modeLevel.update(x, at);
        if (Duration.between(modeSince, at).toSeconds() / 60.0 < settleMinutes) {
            z = Double.NaN;
            return drifting = alarm.update(false, true, at);
        }
        Baseline baseline = baselines.get(mode);
        z = baseline.z(smoothed);
        boolean wasDrifting = drifting;
        drifting = alarm.update(z > Z_RAISE, z < Z_CLEAR, at);
        if (!drifting && Math.abs(z) < Z_LEARN) {
            baseline.learn(smoothed, minutes);
        }
        if (drifting && !wasDrifting) {
            episodes++;
        }
        return drifting;
    }

    /** The time-weighted average of the values so far (all modes), NaN before the first. */
    public double level() {
        return level.value();
    }

    /** The latest standardised deviation from the mode's baseline, NaN while settling. */
    double z() {
        return z;
    }

    boolean drifting() {
        return drifting;
    }

    long episodes() {
        return episodes;
    }

    Metric metric() {
        return metric;
    }

    /** The current mean and sd of a mode's baseline. */
    FleetPriors.Level baseline(OperationMode m) {
        Baseline b = baselines.get(m);
        return new FleetPriors.Level(b.mean(), b.sd());
    }

    /** Prior plus own data: weighted mean and variance, the prior as pseudo-data worth PRIOR_MINUTES. */
    private static final class Baseline {
        private final FleetPriors.Level prior;
        private double w;
        private double mean;
        private double m2;

        Baseline(FleetPriors.Level prior) {
            this.prior = prior;
            forget();
        }

        void forget() {
            w = PRIOR_MINUTES;
            mean = prior.mean();
            m2 = prior.sd() * prior.sd() * PRIOR_MINUTES;
        }

        void learn(double x, double minutes) {
            if (minutes <= 0) {
                return;
            }
            w += minutes;
            double d = x - mean;
            mean += d * minutes / w;
            m2 += minutes * d * (x - mean);
        }

        double mean() {
            return mean;
        }

        double sd() {
            return Math.max(Math.sqrt(Math.max(0, m2 / w)), SD_FLOOR_SHARE * prior.sd());
        }

        double z(double x) {
            return (x - mean) / sd();
        }
    }
}
