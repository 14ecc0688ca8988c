package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.ActiveCondition;
import io.cnctwin.analytics.entity.Factor;
import io.cnctwin.analytics.entity.RiskLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Risk from the calibrated failure probability and the current severity, as a "noisy-OR" of independent reasons to
 * act: {@code score = 100 (1 - (1 - p24) (1 - s))}, s = {@code 1 - prod (1 - s_i)} over the severity terms:
 * <ul>
 *   <li>an active fault condition ({@link ConditionRules}: overheating, tool wear, power step, congestion...):
 *       {@value #CONDITION}; two of them make HIGH on their own;</li>
 *   <li>a machine metric (temperature, vibration, error rate, defect rate, power) at its critical limit:
 *       {@value #CRITICAL_METRIC} x min(1, exceedance); a network metric {@value #NETWORK_METRIC} x min(1, exceedance);</li>
 *   <li>detector alarms (drift, power jump): {@value #ALARM} each, at most {@value #ALARMS_CAP} together, so alarms
 *       alone can never lift a machine whose failure probability is low out of LOW (they are often false).</li>
 * </ul>
 * Level: LOW &lt; 25 &lt;= MEDIUM &lt; 50 &lt;= HIGH &lt; 75 &lt;= CRITICAL. E.g. p24 = 0.3 alone is MEDIUM, p24 = 0.6 HIGH;
 * an overheating machine (condition and temperature beyond critical) is HIGH, CRITICAL when its p24 is high too.
 * The maintenance score is not a term: it is another model's guess and the failure model already uses wear.
 */
public class RiskCalculator {

    /** How many factors a risk reports; the score itself counts all of them. */
    public static final int MAX_FACTORS = 5;
    static final double CONDITION = 0.35;
    static final double CRITICAL_METRIC = 0.3;
    static final double NETWORK_METRIC = 0.1;
    static final double ALARM = 0.05;
    static final double ALARMS_CAP = 0.1;

    /** The mapping with a probability and no severity: {@code 100 p24}. */
    public Risk assess(Exceedances exceedances, Set<Detector> alarms) {
        return assess(0, exceedances, alarms, List.of());
    }

    /**
     * Risk score and level from P(failure within 24 h) and the severity terms; factors are each term's share of the
     * score in points (the failure probability's first), largest first, at most {@link #MAX_FACTORS}.
     */
    public Risk assess(double failureProbability24h, Exceedances exceedances, Set<Detector> alarms,
                       List<ActiveCondition> conditions) {
        List<Factor> factors = new ArrayList<>();
        List<double[]> terms = new ArrayList<>();
        double p = Double.isFinite(failureProbability24h) ? Math.max(0, Math.min(1, failureProbability24h)) : 0;
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        add(terms, names, texts, values, p, "failure_probability", p,
                String.format(Locale.ROOT, "P(failure within 24 h) = %.1f %%", 100 * p));
        for (ActiveCondition condition : conditions) {
            add(terms, names, texts, values, CONDITION, condition.condition().name().toLowerCase(Locale.ROOT), 1,
                    "fault condition under way: " + condition.condition().name());
        }
        for (Metric metric : Metric.values()) {
            double weight = weight(metric);
            double exceedance = Math.min(1, exceedances.of(metric));
            if (weight > 0 && exceedance > 0) {
                add(terms, names, texts, values, weight * exceedance, metric.key(), exceedances.valueOf(metric),
                        exceedances.describe(metric));
            }
        }
        double alarmBudget = ALARMS_CAP;
        for (Detector detector : alarms) {
            double share = Math.min(ALARM, alarmBudget);
            alarmBudget -= share;
            if (share > 0) {
                add(terms, names, texts, values, share, detector.key(), 1, detector.explanation());
            }
        }
        double none = 1;
        for (double[] term : terms) {
            none *= 1 - term[0];
        }
        double score = 100 * (1 - none);
        double sum = terms.stream().mapToDouble(t -> -Math.log(1 - Math.min(0.999999, t[0]))).sum();
        for (int i = 0; i < terms.size(); i++) {
            double weight = -Math.log(1 - Math.min(0.999999, terms.get(i)[0]));
            if (weight > 0) {
                // each term's share of the score, proportional to its log-survival
                factors.add(new Factor(names.get(i), values.get(i), score * weight / sum, texts.get(i)));
            }
        }
        factors.sort(Comparator.comparingDouble(Factor::contribution).reversed());
        return new Risk(score, level(score), List.copyOf(factors.subList(0, Math.min(MAX_FACTORS, factors.size()))));
    }

    private static void add(List<double[]> terms, List<String> names, List<String> texts, List<Double> values,
                            double term, String name, double value, String text) {
        terms.add(new double[] {term});
        names.add(name);
        texts.add(text);
        values.add(value);
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

    /** Severity at the critical limit (exceedance 1). */
    static double weight(Metric metric) {
        return switch (metric) {
            case TEMPERATURE, VIBRATION, ERROR_RATE, DEFECT_RATE, POWER -> CRITICAL_METRIC;
            case LATENCY, PACKET_LOSS -> NETWORK_METRIC;
            case MAINTENANCE_SCORE -> 0;
        };
    }
}
