package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.Factor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Health index 0..100: 100 minus weighted wear penalties from wear proxies (vibration, maintenance score),
 * thermal stress and error and defect rates. A proxy the machine has not measured (no value yet) costs nothing and is
 * named in a {@code not_measured} factor: the index then says how healthy the measured proxies are, and which ones it
 * could not judge.
 */
public class HealthIndexCalculator {

    private static final Metric[] CONDITION_METRICS = {
        Metric.VIBRATION, Metric.MAINTENANCE_SCORE, Metric.TEMPERATURE, Metric.ERROR_RATE, Metric.DEFECT_RATE};

    /** The name of the factor that lists the proxies not measured. */
    public static final String NOT_MEASURED = "not_measured";

    private final OperatingLimits limits;

    public HealthIndexCalculator(OperatingLimits limits) {
        this.limits = limits;
    }

    /**
     * Health = clamp(100 - sum of weight(m) x wear(m), 0, 100) with wear(m) = {@link Limit#wear(double)}
     * (0 at nominal, 1 at critical) and weights vibration 30, maintenance score 25, temperature 20, error rate 15,
     * defect rate 10 (sum 100: every proxy at its critical limit means health 0).
     *
     * @param condition the machine's condition per metric; smoothed values (EWMA) are best, since health changes
     *                  slowly and one noisy reading should not swing it
     */
    public Health assess(ToDoubleFunction<Metric> condition) {
        List<Factor> factors = new ArrayList<>();
        double index = 100;
        List<String> notMeasured = new ArrayList<>(0);
        double unjudged = 0;
        for (Metric metric : CONDITION_METRICS) {
            double value = condition.applyAsDouble(metric);
            if (Double.isNaN(value)) {
                notMeasured.add(metric.label());
                unjudged += weight(metric);
                continue;
            }
            double penalty = weight(metric) * limits.of(metric).wear(value);
            if (penalty > 0) {
                index -= penalty;
                factors.add(new Factor(metric.key(), value, -penalty, explain(metric, value, penalty)));
            }
        }
        factors.sort(Comparator.comparingDouble(Factor::contribution));
        if (!notMeasured.isEmpty()) {
            factors.add(new Factor(NOT_MEASURED, notMeasured.size(), 0, String.join(", ", notMeasured)
                    + " not measured: left out of the health index (up to " + Metric.twoDecimals(unjudged)
                    + " points it cannot judge)"));
        }
        return new Health(Math.max(0, index), List.copyOf(factors));
    }

    /** Health points lost when the metric is at its critical limit. */
    static double weight(Metric metric) {
        return switch (metric) {
            // vibration is the most direct wear proxy of spindle, bearings and ball screws
            case VIBRATION -> 30;
            case MAINTENANCE_SCORE -> 25;
            // thermal stress ages the machine, but a hot day is not damage yet
            case TEMPERATURE -> 20;
            case ERROR_RATE -> 15;
            case DEFECT_RATE -> 10;
            default -> 0;
        };
    }

    private String explain(Metric metric, double value, double penalty) {
        Limit limit = limits.of(metric);
        return metric.label() + " " + metric.format(value) + " is above nominal " + metric.format(limit.nominal())
                + " (critical " + metric.format(limit.critical()) + "): costs " + Metric.twoDecimals(penalty) + " health points";
    }
}
