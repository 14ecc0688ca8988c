package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.analytics.entity.ActiveCondition;
import io.cnctwin.analytics.entity.Factor;
import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.analytics.entity.RiskLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskCalculatorTest {

    private final RiskCalculator cut = new RiskCalculator();
    private final OperatingLimits limits = OperatingLimits.defaults();

    private Risk assess(double p24, ReadingBuilder builder, Set<Detector> alarms, List<ActiveCondition> conditions) {
        return cut.assess(p24, Exceedances.of(builder.build(), limits), alarms, conditions);
    }

    private static ActiveCondition condition(FaultCondition kind) {
        return new ActiveCondition(kind, "test", 1, 1, "test");
    }

    @Test
    void healthyMachineIsLow() {
        Risk risk = assess(0.04, ReadingBuilder.healthy(), Set.of(), List.of());
        assertEquals(RiskLevel.LOW, risk.level());
        assertEquals(25 * 0.04 / RiskCalculator.MEDIUM_P, risk.score(), 1e-9);
        assertEquals("failure_probability", risk.factors().get(0).name());
    }

    @Test
    void detectorAlarmsAndSensorConditionsNeverLiftAHealthyMachineOutOfLow() {
        assertEquals(RiskLevel.LOW, assess(0.3, ReadingBuilder.healthy(), EnumSet.of(Detector.TEMPERATURE_DRIFT),
                List.of()).level());
        assertEquals(RiskLevel.LOW, assess(0.39, ReadingBuilder.healthy(), EnumSet.allOf(Detector.class),
                List.of(condition(FaultCondition.SENSOR_DRIFT), condition(FaultCondition.NETWORK_CONGESTION))).level());
        assertTrue(assess(0.39, ReadingBuilder.healthy(), EnumSet.allOf(Detector.class), List.of()).score() < 25);
    }

    @Test
    void everyLevelIsReachable() {
        assertEquals(RiskLevel.LOW, assess(0.05, ReadingBuilder.healthy(), Set.of(), List.of()).level());
        assertEquals(RiskLevel.MEDIUM, assess(0.55, ReadingBuilder.healthy(), Set.of(), List.of()).level());
        assertEquals(RiskLevel.MEDIUM, assess(0.05, ReadingBuilder.healthy(), Set.of(),
                List.of(condition(FaultCondition.OVERHEAT))).level());
        assertEquals(RiskLevel.HIGH, assess(0.65, ReadingBuilder.healthy(), Set.of(), List.of()).level());
        assertEquals(RiskLevel.HIGH, assess(0.05, ReadingBuilder.healthy().temperature(90), Set.of(),
                List.of(condition(FaultCondition.OVERHEAT))).level());
        assertEquals(RiskLevel.CRITICAL, assess(0.85, ReadingBuilder.healthy(), Set.of(), List.of()).level());
        assertEquals(RiskLevel.CRITICAL, assess(0.55, ReadingBuilder.healthy().temperature(90), Set.of(),
                List.of(condition(FaultCondition.OVERHEAT))).level());
    }

    @Test
    void theFourHourProbabilityLiftsToHighAndCritical() {
        OperatingLimits limits = OperatingLimits.defaults();
        Exceedances none = Exceedances.of(ReadingBuilder.healthy().build(), limits);
        assertEquals(RiskLevel.HIGH, cut.assess(0.2, 0.35, none, Set.of(), List.of()).level());
        assertEquals(RiskLevel.CRITICAL, cut.assess(0.2, 0.65, none, Set.of(), List.of()).level());
    }

    @Test
    void scoreStaysInsideItsLevelsBandLargestFactorsFirst() {
        for (double p : new double[] {0, 0.1, 0.49, 0.5, 0.59, 0.6, 0.79, 0.8, 1}) {
            Risk risk = assess(p, ReadingBuilder.healthy().temperature(90).vibration(5), EnumSet.allOf(Detector.class),
                    List.of(condition(FaultCondition.TOOL_WEAR)));
            assertEquals(risk.level(), RiskCalculator.level(risk.score()), "p " + p);
            List<Factor> factors = risk.factors();
            assertTrue(factors.size() <= RiskCalculator.MAX_FACTORS);
            for (int i = 1; i < factors.size(); i++) {
                assertTrue(factors.get(i - 1).contribution() >= factors.get(i).contribution());
            }
        }
    }

    @Test
    void aNonFiniteProbabilityCountsAsNone() {
        Risk risk = assess(Double.NaN, ReadingBuilder.healthy(), Set.of(), List.of());
        assertEquals(0, risk.score(), 1e-12);
        assertEquals(RiskLevel.LOW, risk.level());
    }
}
