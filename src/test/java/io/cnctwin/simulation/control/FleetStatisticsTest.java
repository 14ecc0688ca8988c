package io.cnctwin.simulation.control;

import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.simulation.entity.FaultKind;
import io.cnctwin.simulation.entity.PublicRange;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A generated fleet of 10 machines x 2 days at one-minute sampling, with the planner's faults at 3 per machine-day,
 * checked statistically. */
class FleetStatisticsTest {

    /** Two-sided p < 0.001 for a t statistic with more than 1,000 degrees of freedom. */
    static final double T_CRITICAL_P001 = 3.291;
    static final LocalDateTime ORIGIN = LocalDateTime.of(2025, 1, 6, 0, 0);

    static final List<Reading> readings = new ArrayList<>();
    static final List<double[]> vibrationAndWearWhileCutting = new ArrayList<>();

    @BeforeAll
    static void generate() {
        FleetModel cut = new FleetModel(10, 11, ORIGIN);
        new FaultPlanner(11).plan(10, ORIGIN, ORIGIN.plusDays(2), 3).forEach(cut::inject);
        // the planner draws congestion per segment, so two days of one segment may have none: play one for sure
        cut.inject(1, FaultKind.NETWORK_CONGESTION, Duration.ofMinutes(45), ORIGIN.plusHours(30));
        for (int minute = 1; minute <= 2 * 1440; minute++) {
            for (Reading reading : cut.next(ORIGIN.plusMinutes(minute))) {
                readings.add(reading);
                if (reading.mode() == OperationMode.ACTIVE) {
                    vibrationAndWearWhileCutting.add(new double[] {reading.vibrationHz(), cut.toolWear(reading.machineId())});
                }
            }
        }
    }

    @Test
    void temperatureAndErrorRateArePositivelyAndSignificantlyCorrelated() {
        double r = pearson(readings, Reading::temperatureC, Reading::errorRatePct);
        assertSignificantlyPositive(r, readings.size());
    }

    @Test
    void vibrationRisesSignificantlyWithToolWear() {
        double r = pearson(vibrationAndWearWhileCutting, pair -> pair[0], pair -> pair[1]);
        assertSignificantlyPositive(r, vibrationAndWearWhileCutting.size());
    }

    @Test
    void everyColumnSpansMostOfThePublicRange() {
        Map<PublicRange, ToDoubleFunction<Reading>> columns = new EnumMap<>(PublicRange.class);
        columns.put(PublicRange.TEMPERATURE_C, Reading::temperatureC);
        columns.put(PublicRange.VIBRATION_HZ, Reading::vibrationHz);
        columns.put(PublicRange.POWER_KW, Reading::powerKw);
        columns.put(PublicRange.LATENCY_MS, Reading::latencyMs);
        columns.put(PublicRange.PACKET_LOSS_PCT, Reading::packetLossPct);
        columns.put(PublicRange.DEFECT_RATE_PCT, Reading::defectRatePct);
        columns.put(PublicRange.PRODUCTION_SPEED, Reading::productionSpeed);
        columns.put(PublicRange.MAINTENANCE_SCORE, Reading::maintenanceScore);
        columns.put(PublicRange.ERROR_RATE_PCT, Reading::errorRatePct);
        columns.forEach((range, column) -> {
            double min = readings.stream().mapToDouble(column).min().orElseThrow();
            double max = readings.stream().mapToDouble(column).max().orElseThrow();
            assertTrue(min >= range.low() && max <= range.high(), range + " leaves the public range: " + min + ".." + max);
            assertTrue(max - min >= 0.8 * (range.high() - range.low()), range + " spans only " + min + ".." + max);
        });
    }

    @Test
    void modeMixIsRoughlySeventyTwentyTen() {
        Map<OperationMode, Double> shares = new EnumMap<>(OperationMode.class);
        readings.forEach(r -> shares.merge(r.mode(), 1.0 / readings.size(), Double::sum));
        assertEquals(0.7, shares.get(OperationMode.ACTIVE), 0.1);
        assertEquals(0.2, shares.get(OperationMode.IDLE), 0.1);
        assertEquals(0.1, shares.get(OperationMode.MAINTENANCE), 0.07);
    }

    @Test
    void everyRowCarriesTheLabelThePublicRuleGives() {
        assertTrue(readings.stream().allMatch(r ->
                r.efficiencyLabel() == EfficiencyStatus.of(r.errorRatePct(), r.productionSpeed())));
    }

    static void assertSignificantlyPositive(double r, int n) {
        double t = r * Math.sqrt((n - 2) / (1 - r * r));
        assertTrue(r > 0 && t > T_CRITICAL_P001, "r = " + r + ", t = " + t + ", n = " + n);
    }

    static <T> double pearson(List<T> items, ToDoubleFunction<T> x, ToDoubleFunction<T> y) {
        double meanX = items.stream().mapToDouble(x).average().orElseThrow();
        double meanY = items.stream().mapToDouble(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (T item : items) {
            double dx = x.applyAsDouble(item) - meanX;
            double dy = y.applyAsDouble(item) - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
