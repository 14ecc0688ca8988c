package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.ActiveCondition;
import io.cnctwin.analytics.entity.Factor;
import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.analytics.entity.RiskLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Risk from the calibrated failure probability and the current severity. Level = the higher of
 * <ul>
 *   <li>the probability's level: P(failure within 24 h) below {@value #MEDIUM_P} LOW, below {@value #HIGH_P} MEDIUM,
 *       below {@value #CRITICAL_P} HIGH, else CRITICAL (a machine that will more likely than not fail within a day
 *       is HIGH); the 4-hour probability lifts to HIGH from {@value #HIGH_P4} and to CRITICAL from
 *       {@value #CRITICAL_P4};</li>
 *   <li>the severity's level: a machine fault under way ({@link ConditionRules}: overheating, tool wear, power step
 *       or drop), or a machine metric beyond its critical limit, is MEDIUM; with a machine metric beyond its critical limit, or two such faults, HIGH; and that with
 *       a failure probability of MEDIUM or more, CRITICAL. Sensor drift and network congestion endanger the
 *       monitoring, not the machine: they are factors but lift nothing.</li>
 * </ul>
 * Detector alarms (drifts, power jumps) never change the level: they are often false and the failure model already
 * weighs the physics behind them; each adds {@value #ALARM_POINTS} points to the score inside its level's band.
 * Score 0..100: the level's band (LOW 0-25, MEDIUM 25-50, HIGH 50-75, CRITICAL 75-100), placed in the band by the
 * probability (linear between the band's probability limits).
 */
public class RiskCalculator {

    /** How many factors a risk reports. */
    public static final int MAX_FACTORS = 5;
    static final double MEDIUM_P = 0.5;
    static final double HIGH_P = 0.6;
    static final double CRITICAL_P = 0.8;
    static final double HIGH_P4 = 0.3;
    static final double CRITICAL_P4 = 0.6;
    static final double ALARM_POINTS = 2;

    /** The mapping without probability: severity only. */
    public Risk assess(Exceedances exceedances, Set<Detector> alarms) {
        return assess(0, 0, exceedances, alarms, List.of());
    }

    /** As {@link #assess(double, double, Exceedances, Set, List)} without a 4-hour probability. */
    public Risk assess(double p24, Exceedances exceedances, Set<Detector> alarms, List<ActiveCondition> conditions) {
        return assess(p24, 0, exceedances, alarms, conditions);
    }

    /** Risk score, level and factors (risk points, largest first, at most {@link #MAX_FACTORS}). */
    public Risk assess(double p24, double p4, Exceedances exceedances, Set<Detector> alarms,
                       List<ActiveCondition> conditions) {
        double p = Double.isFinite(p24) ? Math.max(0, Math.min(1, p24)) : 0;
        double shortTerm = Double.isFinite(p4) ? Math.max(0, Math.min(1, p4)) : 0;
        RiskLevel byProbability = probabilityLevel(p, shortTerm);
        List<Factor> factors = new ArrayList<>();
        int machineFaults = 0;
        for (ActiveCondition condition : conditions) {
            boolean machine = machineFault(condition.condition());
            machineFaults += machine ? 1 : 0;
            factors.add(new Factor(condition.condition().name().toLowerCase(Locale.ROOT), condition.value(),
                    machine ? 25 : 0, (machine ? "machine fault under way: " : "under way (monitoring, not the machine): ")
                            + condition.explanation()));
        }
        boolean critical = false;
        for (Metric metric : Metric.values()) {
            double exceedance = exceedances.of(metric);
            if (exceedance > 0 && machineMetric(metric)) {
                critical |= exceedance >= 1;
                factors.add(new Factor(metric.key(), exceedances.valueOf(metric), exceedance >= 1 ? 25 : 0,
                        exceedances.describe(metric)));
            }
        }
        RiskLevel bySeverity = critical ? RiskLevel.MEDIUM : RiskLevel.LOW;
        if (machineFaults > 0) {
            bySeverity = critical || machineFaults > 1 ? RiskLevel.HIGH : RiskLevel.MEDIUM;
            if (bySeverity == RiskLevel.HIGH && byProbability.compareTo(RiskLevel.MEDIUM) >= 0) {
                bySeverity = RiskLevel.CRITICAL;
            }
        }
        RiskLevel level = byProbability.compareTo(bySeverity) >= 0 ? byProbability : bySeverity;
        double score = 25 * level.ordinal() + 25 * placeInBand(level, p);
        for (Detector detector : alarms) {
            factors.add(new Factor(detector.key(), 1, ALARM_POINTS, detector.explanation()));
            score += ALARM_POINTS;
        }
        score = Math.min(25 * level.ordinal() + 24.99, score);
        factors.add(new Factor("failure_probability", p, 25 * byProbability.ordinal() + 25 * placeInBand(byProbability, p),
                "P(failure within 24 h) = " + Decimals.fixed(100 * p, 1) + " %, within 4 h = "
                        + Decimals.fixed(100 * shortTerm, 1) + " %"));
        factors.sort(Comparator.comparingDouble(Factor::contribution).reversed());
        return new Risk(score, level, List.copyOf(factors.subList(0, Math.min(MAX_FACTORS, factors.size()))));
    }

    static RiskLevel probabilityLevel(double p24, double p4) {
        RiskLevel level = p24 < MEDIUM_P ? RiskLevel.LOW
                : p24 < HIGH_P ? RiskLevel.MEDIUM : p24 < CRITICAL_P ? RiskLevel.HIGH : RiskLevel.CRITICAL;
        RiskLevel shortTerm = p4 >= CRITICAL_P4 ? RiskLevel.CRITICAL : p4 >= HIGH_P4 ? RiskLevel.HIGH : RiskLevel.LOW;
        return level.compareTo(shortTerm) >= 0 ? level : shortTerm;
    }

    // 0..1 within the level's probability band, so the score still ranks machines of one level
    private static double placeInBand(RiskLevel level, double p) {
        double[] edges = {0, MEDIUM_P, HIGH_P, CRITICAL_P, 1};
        double low = edges[level.ordinal()];
        double high = edges[level.ordinal() + 1];
        return Math.max(0, Math.min(0.999, (p - low) / (high - low)));
    }

    private static boolean machineFault(FaultCondition condition) {
        return switch (condition) {
            case SENSOR_DRIFT, NETWORK_CONGESTION -> false;
            default -> true;
        };
    }

    private static boolean machineMetric(Metric metric) {
        return switch (metric) {
            case TEMPERATURE, VIBRATION, ERROR_RATE, DEFECT_RATE, POWER -> true;
            case LATENCY, PACKET_LOSS, MAINTENANCE_SCORE -> false;
        };
    }

    /** LOW below 25, MEDIUM below 50, HIGH below 75, CRITICAL from 75. */
    public static RiskLevel level(double score) {
        if (score < 25) {
            return RiskLevel.LOW;
        }
        if (score < 50) {
            return RiskLevel.MEDIUM;
        }
        return score < 75 ? RiskLevel.HIGH : RiskLevel.CRITICAL;
    }
}
