package io.cnctwin.analytics.control;

import io.cnctwin.analytics.boundary.MachineAnalytics;
import io.cnctwin.analytics.entity.ActiveCondition;
import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.analytics.entity.Indicators;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requirement: each reading's indicators carry the fault conditions the machine shows, each explained by its detector
 * and value against its limit; the same conditions are what the scorer scores.
 */
class FaultConditionsTest {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 0, 0);
    final MachineAnalytics cut = new MachineAnalytics();
    int step;

    private Indicators next(double temperature, double power) {
        return cut.assess(ReadingBuilder.healthy().at(T0.plusMinutes(2L * step++)).temperature(temperature)
                .power(power).build());
    }

    private void warmUp() {
        for (int i = 0; i < 200; i++) {
            assertEquals(List.of(), next(54 + 0.3 * Math.sin(i), 5).conditions());
        }
    }

    @Test
    void aSlowSteadyRiseThatPowerDoesNotExplainIsASensorDriftLongBeforeSixKelvin() {
        warmUp();
        ActiveCondition drift = null;
        int minutes = 0;
        for (int i = 1; i <= 60 && drift == null; i++) {
            minutes = 2 * i;
            drift = next(54 + 0.1 * minutes, 5).condition(FaultCondition.SENSOR_DRIFT);
        }
        assertNotNull(drift, "no drift within 2 hours");
        // the creep is judged on 5-minute means and must hold for TemperatureAnomaly.CREEP_CONFIRM (was 30 min)
        assertTrue(minutes <= 45, "drift recognised only after " + minutes + " min");
        assertTrue(drift.value() < TemperatureAnomaly.RAISE_K, "residual " + drift.value());
        assertEquals("temperature_residual", drift.detector());
        assertTrue(drift.explanation().contains("above what the power explains"), drift.explanation());
        Indicators back = null;
        // recalibrated: the verdict clears once the residual has been explained for TemperatureAnomaly.CLEAR_AFTER
        for (int i = 0; i <= TemperatureAnomaly.CLEAR_AFTER.toMinutes() / 2; i++) {
            back = next(54, 5);
        }
        assertFalse(back.shows(FaultCondition.SENSOR_DRIFT), "still drifting after recalibration");
    }

    @Test
    void aFastRiseIsOverheatingNotDrift() {
        warmUp();
        Indicators hot = null;
        for (int i = 1; i <= 10; i++) {
            hot = next(54 + 1.5 * 2 * i, 5);
            assertFalse(hot.shows(FaultCondition.SENSOR_DRIFT), "drift at " + 2 * i + " min");
        }
        assertTrue(hot.shows(FaultCondition.OVERHEAT));
        assertTrue(hot.condition(FaultCondition.OVERHEAT).explanation().contains("cooling failure"));
    }

    @Test
    void aPowerStepIsExplainedByItsSizeAgainstTheRunningLevel() {
        for (int i = 0; i < 10; i++) {
            next(54, 5);
        }
        next(54, 8);
        ActiveCondition spike = next(54, 8).condition(FaultCondition.POWER_SPIKE);
        assertNotNull(spike);
        assertEquals(3, spike.value(), 1e-9);
        // the limit widens with the time since the reference last moved (the load may wander meanwhile)
        assertTrue(spike.limit() >= PowerStepDetector.STEP_KW && spike.limit() < 2, "limit " + spike.limit());
        assertTrue(spike.explanation().startsWith("power 8.00 kW is 3.00 kW above its running level 5.00 kW"),
                spike.explanation());
    }

    @Test
    void congestionIsExplainedByLatencyAndLoss() {
        Indicators congested = cut.assess(ReadingBuilder.healthy().at(T0).network(40, 3).build());
        ActiveCondition condition = congested.condition(FaultCondition.NETWORK_CONGESTION);
        assertNotNull(condition);
        assertEquals(40, condition.value());
        assertTrue(condition.explanation().startsWith("latency 40.0 ms"), condition.explanation());
    }

    @Test
    void aReadingWithoutTemperatureOrPowerNeitherClearsNorRaisesAnOverheat() {
        warmUp();
        for (int i = 1; i <= 10; i++) {
            next(54 + 1.5 * 2 * i, 5);
        }
        assertTrue(next(84, 5).shows(FaultCondition.OVERHEAT));
        // not measured: nothing says the machine cooled down, so the condition (and an alert on it) holds
        assertTrue(next(Double.NaN, 5).shows(FaultCondition.OVERHEAT), "a reading without temperature");
        assertTrue(next(84, Double.NaN).shows(FaultCondition.OVERHEAT), "a reading without power");
        assertTrue(next(84, 5).shows(FaultCondition.OVERHEAT), "measured again, still hot");
    }
}
