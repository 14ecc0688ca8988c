package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.Reading;

/** The normalised exceedance of every metric of one reading, with the words to explain each. */
public final class Exceedances {

    private static final Metric[] METRICS = Metric.values();

    private final Reading reading;
    private final OperatingLimits limits;
    private final double[] values = new double[METRICS.length];

    private Exceedances(Reading reading, OperatingLimits limits) {
        this.reading = reading;
        this.limits = limits;
        for (Metric metric : METRICS) {
            values[metric.ordinal()] = limits.of(metric).exceedance(metric.of(reading));
        }
    }

    /** {@link Limit#exceedance(double)} of each metric of the reading. */
    public static Exceedances of(Reading reading, OperatingLimits limits) {
        return new Exceedances(reading, limits);
    }

    /** 0 below the warning limit, 1 at the critical limit, at most {@link Limit#MAX_EXCEEDANCE}. */
    public double of(Metric metric) {
        return values[metric.ordinal()];
    }

    public double valueOf(Metric metric) {
        return metric.of(reading);
    }

    /** A sentence such as "temperature 87.00 °C is above the critical limit 85.00 °C". */
    public String describe(Metric metric) {
        Limit limit = limits.of(metric);
        double value = metric.of(reading);
        if (value >= limit.critical()) {
            return metric.label() + " " + metric.format(value) + " is above the critical limit " + metric.format(limit.critical());
        }
        if (value > limit.warning()) {
            return metric.label() + " " + metric.format(value) + " is above the warning limit " + metric.format(limit.warning())
                    + " (critical " + metric.format(limit.critical()) + ")";
        }
        return metric.label() + " " + metric.format(value) + " is within limits";
    }
}
