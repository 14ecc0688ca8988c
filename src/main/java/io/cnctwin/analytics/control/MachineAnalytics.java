package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.ActiveCondition;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.MachineAnalyticsSnapshot;
import io.cnctwin.telemetry.entity.Reading;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The incremental analytics of one machine: drift of temperature, vibration and error rate (EWMA and CUSUM),
 * power jumps (moving range), overheating and congestion episodes, energy per operation mode, the vibration trend
 * and four correlations. Every reading costs O(1), nothing is rescanned. Thread-safe (one lock per machine).
 */
public class MachineAnalytics {

    /** Longer gaps (machine off, replay seek) are not assumed to continue the last state. */
    public static final Duration DEFAULT_MAX_GAP = Duration.ofMinutes(10);

    private final IndicatorCalculator calculator;
    private final DriftMonitor temperature = new DriftMonitor();
    private final DriftMonitor vibration = new DriftMonitor();
    private final DriftMonitor errorRate = new DriftMonitor();
    private final Ewma maintenanceScore = new Ewma(DriftMonitor.EWMA_LAMBDA);
    private final Ewma defectRate = new Ewma(DriftMonitor.EWMA_LAMBDA);
    private final MovingRangeDetector power = new MovingRangeDetector();
    private final MachineTimeAccounts time;
    private final TrendEstimator vibrationTrend;
    private final MachineCorrelations correlations = new MachineCorrelations();
    private final ConditionRules faults;
    private final FailureFeatures failureFeatures = new FailureFeatures();
    private final FailureProbabilityModel failureModel = FailureProbabilityModel.shipped();
    private long powerJumps;
    private long powerDrops;
    private Set<Detector> alarms = Set.of();
    private MovingRangeDetector.Signal powerSignal = MovingRangeDetector.Signal.NONE;
    private long readings;
    private Reading previous;

    /** Default limits and a 10-minute gap cap. */
    public MachineAnalytics() {
        this(OperatingLimits.defaults(), DEFAULT_MAX_GAP);
    }

    /** The given limits and a 10-minute gap cap. */
    public MachineAnalytics(OperatingLimits limits) {
        this(limits, DEFAULT_MAX_GAP);
    }

    /**
     * @param maxGap the longest interval between two readings credited to overheating, congestion and energy;
     *               longer gaps count as this (use about an hour for data sets that sample each machine hourly)
     */
    public MachineAnalytics(OperatingLimits limits, Duration maxGap) {
        this.time = new MachineTimeAccounts(limits, maxGap);
        this.calculator = new IndicatorCalculator(limits);
        this.vibrationTrend = new TrendEstimator(limits.vibrationHz().critical());
        this.faults = new ConditionRules(limits);
    }

    /**
     * Updates this machine's state with the reading (readings of one machine, ideally in time order) and returns its
     * indicators: risk and failure probability from the reading's exceedances plus the raised alarms (drift,
     * power jump, congestion), health from the smoothed (EWMA) condition, and the fault conditions the reading
     * shows by {@link ConditionRules}, each explained. See {@link IndicatorCalculator}. The live twin and
     * {@link DetectionScorer} both call this, so the score describes what the twin shows.
     *
     * @throws IllegalArgumentException if the reading belongs to another machine than the earlier ones
     */
    public synchronized Indicators assess(Reading reading) {
        if (previous != null && previous.machineId() != reading.machineId()) {
            throw new IllegalArgumentException("reading of machine " + reading.machineId()
                    + " given to the analytics of machine " + previous.machineId());
        }
        time.update(reading);
        alarms = updateDetectors(reading);
        List<ActiveCondition> conditions = faults.assess(reading, alarms.contains(Detector.NETWORK_CONGESTION));
        boolean sufficient = failureFeatures.update(reading);
        Indicators indicators = calculator.assess(reading, alarms, metric -> condition(metric, reading), conditions,
                failureModel.assess(failureFeatures.values(), sufficient));
        vibrationTrend.add(reading.timestamp(), reading.vibrationHz());
        correlations.add(reading, indicators.efficiencyScore());
        previous = reading;
        readings++;
        return indicators;
    }

    private Set<Detector> updateDetectors(Reading reading) {
        Set<Detector> alarms = EnumSet.noneOf(Detector.class);
        addIf(alarms, Detector.TEMPERATURE_DRIFT, temperature.update(reading.temperatureC()));
        addIf(alarms, Detector.VIBRATION_DRIFT, vibration.update(reading.vibrationHz()));
        addIf(alarms, Detector.ERROR_RATE_DRIFT, errorRate.update(reading.errorRatePct()));
        maintenanceScore.update(reading.maintenanceScore());
        defectRate.update(reading.defectRatePct());
        addIf(alarms, Detector.POWER_JUMP, countPowerSignal(power.update(reading.powerKw())));
        addIf(alarms, Detector.NETWORK_CONGESTION, time.congestion.active());
        return alarms;
    }

    private boolean countPowerSignal(MovingRangeDetector.Signal signal) {
        powerSignal = signal;
        powerJumps += signal == MovingRangeDetector.Signal.JUMP ? 1 : 0;
        powerDrops += signal == MovingRangeDetector.Signal.DROP ? 1 : 0;
        return signal != MovingRangeDetector.Signal.NONE;
    }

    private static void addIf(Set<Detector> alarms, Detector detector, boolean raised) {
        if (raised) {
            alarms.add(detector);
        }
    }

    /** The smoothed condition health is judged on; metrics without a smoother come from the reading. */
    private double condition(Metric metric, Reading reading) {
        return switch (metric) {
            case TEMPERATURE -> temperature.level();
            case VIBRATION -> vibration.level();
            case ERROR_RATE -> errorRate.level();
            case MAINTENANCE_SCORE -> maintenanceScore.value();
            case DEFECT_RATE -> defectRate.value();
            default -> metric.of(reading);
        };
    }

    /** The detector alarms raised by the latest reading (empty before the first). */
    public synchronized Set<Detector> alarms() {
        return Collections.unmodifiableSet(alarms);
    }

    /** Whether the latest reading's power was a jump, a drop or neither, by the moving-range limits. */
    public synchronized MovingRangeDetector.Signal powerSignal() {
        return powerSignal;
    }

    /** What this machine's analytics know so far. */
    public synchronized MachineAnalyticsSnapshot snapshot() {
        return new MachineAnalyticsSnapshot(
                readings,
                previous == null ? null : previous.timestamp(),
                time.overheating.minutes(),
                time.overheating.episodes(),
                time.energy.byMode(),
                time.energy.total(),
                powerJumps,
                powerDrops,
                time.congestion.minutes(),
                time.congestion.episodes(),
                vibrationTrend.finding(),
                correlations.temperatureVsErrors.finding(),
                correlations.temperatureVsEfficiency.finding(),
                correlations.powerVsEfficiency.finding(),
                correlations.errorsVsLatency.finding());
    }
}
