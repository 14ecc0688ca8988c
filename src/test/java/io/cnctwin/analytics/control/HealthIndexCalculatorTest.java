package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.reading.entity.Reading;
import org.junit.jupiter.api.Test;

class HealthIndexCalculatorTest {

    private final HealthIndexCalculator cut = new HealthIndexCalculator(OperatingLimits.defaults());

    private Health of(Reading reading) {
        return cut.assess(metric -> metric.of(reading));
    }

    @Test
    void machineAtNominalIsPerfect() {
        Health health = of(ReadingBuilder.healthy().build());
        assertEquals(100, health.index(), 1e-12);
        assertTrue(health.factors().isEmpty());
    }

    @Test
    void everyProxyAtCriticalMeansZero() {
        Reading worn = ReadingBuilder.healthy().vibration(4.5).maintenance(0.9).temperature(85).errorRate(10)
                .defectRate(8).build();
        assertEquals(0, of(worn).index(), 1e-9);
    }

    @Test
    void vibrationHalfwayToCriticalCostsFifteenPoints() {
        // wear = (2.75 - 1.0) / (4.5 - 1.0) = 0.5; weight 30
        Health health = of(ReadingBuilder.healthy().vibration(2.75).build());
        assertEquals(85, health.index(), 1e-9);
        assertEquals("vibration_hz", health.factors().get(0).name());
        assertEquals(-15, health.factors().get(0).contribution(), 1e-9);
    }

    @Test
    void largestPenaltyComesFirst() {
        Health health = of(ReadingBuilder.healthy().vibration(2).maintenance(0.9).build());
        assertEquals("maintenance_score", health.factors().get(0).name());
        assertTrue(health.factors().get(0).contribution() < health.factors().get(1).contribution());
    }
}
