package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.Factor;
import io.cnctwin.analytics.entity.RiskLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Risk of the current operating state: points per metric exceedance and per detector alarm, summed and capped at 100.
 */
public class RiskCalculator {

    /** How many factors a risk reports; the score itself counts all of them. */
    public static final int MAX_FACTORS = 5;

    /**
     * Risk score = min(100, sum over metrics of points(m) x exceedance(m) + sum over raised alarms of points(d)).
     * Level: LOW &lt; 25 &lt;= MEDIUM &lt; 50 &lt;= HIGH &lt; 75 &lt;= CRITICAL. Factors: the non-zero terms, largest first,
     * at most {@link #MAX_FACTORS}, contribution in risk points.
     */
    public Risk assess(Exceedances exceedances, Set<Detector> alarms) {
        List<Factor> factors = new ArrayList<>();
        double score = 0;
        for (Metric metric : Metric.values()) {
            double points = points(metric) * exceedances.of(metric);
            if (points > 0) {
                score += points;
                factors.add(new Factor(metric.key(), exceedances.valueOf(metric), points, exceedances.describe(metric)));
            }
        }
        for (Detector detector : alarms) {
            score += points(detector);
            factors.add(new Factor(detector.key(), 1, points(detector), detector.explanation()));
        }
        factors.sort(Comparator.comparingDouble(Factor::contribution).reversed());
        score = Math.min(100, score);
        return new Risk(score, level(score), List.copyOf(factors.subList(0, Math.min(MAX_FACTORS, factors.size()))));
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

    /** Risk points at the critical limit (exceedance 1). */
    static double points(Metric metric) {
        return switch (metric) {
            // one of these at its critical limit alone makes the risk HIGH: overheated or shaking spindles break
            case TEMPERATURE, VIBRATION -> 50;
            // machine-reported faults and an urgent maintenance score are direct but less acute evidence
            case ERROR_RATE, MAINTENANCE_SCORE -> 35;
            // scrap costs money, an overloaded drive trips; neither destroys the machine at once
            case DEFECT_RATE, POWER -> 30;
            // the network only endangers monitoring and program transfer, not the machine itself
            case LATENCY, PACKET_LOSS -> 15;
        };
    }

    /** Risk points of a raised alarm. */
    static double points(Detector detector) {
        return switch (detector) {
            // a sustained drift or a sudden power change is a warning sign even when every value is still in limits
            case TEMPERATURE_DRIFT, VIBRATION_DRIFT, POWER_JUMP -> 15;
            case ERROR_RATE_DRIFT, NETWORK_CONGESTION -> 10;
        };
    }
}
