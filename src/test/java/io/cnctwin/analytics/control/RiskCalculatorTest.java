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
    void healthyMachineIsLowAndItsScoreIsTheProbability() {
        Risk risk = assess(0.04, ReadingBuilder.healthy(), Set.of(), List.of());
        assertEquals(4, risk.score(), 1e-9);
        assertEquals(RiskLevel.LOW, risk.level());
        assertEquals("failure_probability", risk.factors().get(0).name());
    }

    @Test
    void detectorAlarmsAloneNeverLiftALowProbabilityOutOfLow() {
        Risk one = assess(0.15, ReadingBuilder.healthy(), EnumSet.of(Detector.TEMPERATURE_DRIFT), List.of());
        Risk all = assess(0.15, ReadingBuilder.healthy(), EnumSet.allOf(Detector.class), List.of());
        assertEquals(RiskLevel.LOW, one.level());
        assertEquals(RiskLevel.LOW, all.level());
    }

    @Test
    void everyLevelIsReachable() {
        assertEquals(RiskLevel.LOW, assess(0.05, ReadingBuilder.healthy(), Set.of(), List.of()).level());
        assertEquals(RiskLevel.MEDIUM, assess(0.3, ReadingBuilder.healthy(), Set.of(), List.of()).level());
        assertEquals(RiskLevel.MEDIUM, assess(0.05, ReadingBuilder.healthy(), Set.of(),
                List.of(condition(FaultCondition.OVERHEAT))).level());
        assertEquals(RiskLevel.HIGH, assess(0.6, ReadingBuilder.healthy(), Set.of(), List.of()).level());
        assertEquals(RiskLevel.HIGH, assess(0.05, ReadingBuilder.healthy().temperature(90), Set.of(),
                List.of(condition(FaultCondition.OVERHEAT))).level());
        assertEquals(RiskLevel.CRITICAL, assess(0.6, ReadingBuilder.healthy().temperature(90), Set.of(),
                List.of(condition(FaultCondition.OVERHEAT))).level());
    }

    @Test
    void factorsAddUpToTheScoreLargestFirst() {
        Risk risk = assess(0.2, ReadingBuilder.healthy().temperature(90).vibration(5), EnumSet.of(Detector.POWER_JUMP),
                List.of(condition(FaultCondition.TOOL_WEAR)));
        List<Factor> factors = risk.factors();
        assertTrue(factors.size() <= RiskCalculator.MAX_FACTORS);
        double sum = factors.stream().mapToDouble(Factor::contribution).sum();
        assertEquals(risk.score(), sum, 1e-6);
        for (int i = 1; i < factors.size(); i++) {
            assertTrue(factors.get(i - 1).contribution() >= factors.get(i).contribution());
        }
        assertTrue(risk.score() <= 100);
    }

    @Test
    void aNonFiniteProbabilityCountsAsNone() {
        Risk risk = assess(Double.NaN, ReadingBuilder.healthy(), Set.of(), List.of());
        assertEquals(0, risk.score(), 1e-12);
        assertEquals(RiskLevel.LOW, risk.level());
    }
}
