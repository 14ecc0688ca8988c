package io.cnctwin.analytics.boundary;

import io.cnctwin.analytics.control.ConditionRules;
import io.cnctwin.analytics.control.Detector;
import io.cnctwin.analytics.control.DriftMonitor;
import io.cnctwin.analytics.control.FailureFeatures;
import io.cnctwin.analytics.control.FailureProbabilityModel;
import io.cnctwin.analytics.control.IndicatorCalculator;
import io.cnctwin.analytics.control.MachineCorrelations;
import io.cnctwin.analytics.control.MachineTimeAccounts;
import io.cnctwin.analytics.control.Metric;
import io.cnctwin.analytics.control.MovingRangeDetector;
import io.cnctwin.analytics.control.OperatingLimits;
import io.cnctwin.analytics.control.PowerStepDetector;
import io.cnctwin.analytics.control.TimeEwma;
import io.cnctwin.analytics.control.ToolLifeTrend;
import io.cnctwin.analytics.entity.ActiveCondition;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.MachineAnalyticsSnapshot;
import io.cnctwin.reading.entity.Reading;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The incremental analytics of one machine: drift of temperature, vibration and error rate against per-mode
 * baselines ({@link DriftMonitor}), power jumps and drops while cutting ({@link PowerStepDetector}, counted as
 * episodes), overheating and congestion episodes, energy per operation mode, the vibration trend (Active readings
 * of the current tool life, {@link ToolLifeTrend}) and four correlations. Every window is data time (see docs/detectors.md). Every reading costs O(1), nothing is rescanned.
 * Thread-safe (one lock per machine).
 */
public class MachineAnalytics {

    /** Longer gaps (machine off, replay seek) are not assumed to continue the last state. */
    public static final Duration DEFAULT_MAX_GAP = Duration.ofMinutes(10);

    private final IndicatorCalculator calculator;
    /** The housing needs two thermal time constants (about 40 minutes) to settle after a mode change. */
    public static final double TEMPERATURE_SETTLE_MINUTES = 40;
    /** Vibration and error rate follow a mode change within a few minutes. */
    public static final double FAST_SETTLE_MINUTES = 5;

    private final DriftMonitor temperature = new DriftMonitor(Metric.TEMPERATURE, TEMPERATURE_SETTLE_MINUTES);
    private final DriftMonitor vibration = new DriftMonitor(Metric.VIBRATION, FAST_SETTLE_MINUTES);
    private final DriftMonitor errorRate = new DriftMonitor(Metric.ERROR_RATE, FAST_SETTLE_MINUTES);
    private final TimeEwma maintenanceScore = new TimeEwma(DriftMonitor.TAU_MINUTES);
    private final TimeEwma defectRate = new TimeEwma(DriftMonitor.TAU_MINUTES);
    private final PowerStepDetector power = new PowerStepDetector();
    private final MachineTimeAccounts time;
    private final ToolLifeTrend vibrationTrend;
    private final MachineCorrelations correlations = new MachineCorrelations();
    private final ConditionRules faults;
    private final FailureFeatures failureFeatures = new FailureFeatures();
    private final FailureProbabilityModel failureModel = FailureProbabilityModel.shipped();
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
        this.vibrationTrend = new ToolLifeTrend(limits.vibrationHz().critical(), Reading::vibrationHz);
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
        List<String> notMeasured = FailureFeatures.notMeasured(reading);
        Indicators indicators = calculator.assess(reading, alarms, metric -> condition(metric, reading), conditions,
                notMeasured.isEmpty() ? failureModel.assess(failureFeatures.values(), sufficient)
                        : failureModel.notMeasured(notMeasured));
        vibrationTrend.add(reading);
        correlations.add(reading, Reading.orMissing(indicators.efficiencyScore()));
        previous = reading;
        readings++;
        return indicators;
    }

    private Set<Detector> updateDetectors(Reading reading) {
        Set<Detector> alarms = EnumSet.noneOf(Detector.class);
        addIf(alarms, Detector.TEMPERATURE_DRIFT,
                temperature.update(reading.temperatureC(), reading.mode(), reading.timestamp()));
        addIf(alarms, Detector.VIBRATION_DRIFT, vibration.update(reading.vibrationHz(), reading.mode(), reading.timestamp()));
        addIf(alarms, Detector.ERROR_RATE_DRIFT,
                errorRate.update(reading.errorRatePct(), reading.mode(), reading.timestamp()));
        maintenanceScore.update(reading.maintenanceScore(), reading.timestamp());
        defectRate.update(reading.defectRatePct(), reading.timestamp());
        powerSignal = power.update(reading);
        addIf(alarms, Detector.POWER_JUMP, powerSignal != MovingRangeDetector.Signal.NONE);
        addIf(alarms, Detector.NETWORK_CONGESTION, time.congestion.active());
        return alarms;
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

    /** Whether power is in a confirmed jump, drop or neither while cutting ({@link PowerStepDetector}). */
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
                power.jumps(),
                power.drops(),
                time.congestion.minutes(),
                time.congestion.episodes(),
                vibrationTrend.finding(),
                correlations.temperatureVsErrors.finding(),
                correlations.temperatureVsEfficiency.finding(),
                correlations.powerVsEfficiency.finding(),
                correlations.errorsVsLatency.finding());
    }
}
