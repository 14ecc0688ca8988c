package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.reading.entity.Reading;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FailureProbabilityModelTest {

    private final FailureProbabilityModel cut = new FailureProbabilityModel();
    private final OperatingLimits limits = OperatingLimits.defaults();

    private double probability(Reading reading, Set<Detector> alarms) {
        return cut.assess(Exceedances.of(reading, limits), alarms).probability();
    }

    @Test
    void healthyMachineHasTheBaselineProbability() {
        FailureEstimate estimate = cut.assess(Exceedances.of(ReadingBuilder.healthy().build(), limits), Set.of());
        assertEquals(1 / (1 + Math.exp(4)), estimate.probability(), 1e-12);
        assertTrue(estimate.factors().isEmpty());
    }

    @Test
    void probabilityNeverFallsWhenAMetricRises() {
        for (Metric metric : Metric.values()) {
            Limit limit = limits.of(metric);
            double previous = 0;
            for (int step = 0; step <= 40; step++) {
                double value = limit.nominal() + step * (limit.critical() * 1.5 - limit.nominal()) / 40;
                double p = probability(withValue(metric, value), Set.of());
                assertTrue(p >= previous, metric + " at " + value);
                previous = p;
            }
            double atWarning = probability(withValue(metric, limit.warning()), Set.of());
            double atCritical = probability(withValue(metric, limit.critical()), Set.of());
            assertEquals(FailureProbabilityModel.coefficient(metric) > 0, atCritical > atWarning, metric.key());
        }
    }

    @Test
    void probabilityRisesWithEveryWeightedAlarm() {
        Reading reading = ReadingBuilder.healthy().build();
        double without = probability(reading, Set.of());
        for (Detector detector : Detector.values()) {
            double with = probability(reading, EnumSet.of(detector));
            assertEquals(FailureProbabilityModel.coefficient(detector) > 0, with > without, detector.key());
        }
    }

    @Test
    void factorsAreLogOddsTermsLargestFirst() {
        Reading reading = ReadingBuilder.healthy().temperature(85).vibration(4.5).build();
        FailureEstimate estimate = cut.assess(Exceedances.of(reading, limits), EnumSet.of(Detector.POWER_JUMP));
        assertEquals("vibration_hz", estimate.factors().get(0).name());
        assertEquals(1.8, estimate.factors().get(0).contribution(), 1e-9);
        double sum = estimate.factors().stream().mapToDouble(f -> f.contribution()).sum();
        assertEquals(FailureProbabilityModel.INTERCEPT + sum, estimate.logOdds(), 1e-9);
        assertEquals(FailureProbabilityModel.logistic(estimate.logOdds()), estimate.probability(), 1e-12);
    }

    private static Reading withValue(Metric metric, double value) {
        ReadingBuilder builder = ReadingBuilder.healthy();
        switch (metric) {
            case TEMPERATURE -> builder.temperature(value);
            case VIBRATION -> builder.vibration(value);
            case POWER -> builder.power(value);
            case LATENCY -> builder.network(value, builder.packetLossPct);
            case PACKET_LOSS -> builder.network(builder.latencyMs, value);
            case DEFECT_RATE -> builder.defectRate(value);
            case ERROR_RATE -> builder.errorRate(value);
            case MAINTENANCE_SCORE -> builder.maintenance(value);
        }
        return builder.build();
    }
}
