package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.analytics.entity.Factor;
import io.cnctwin.analytics.entity.RiskLevel;
import io.cnctwin.reading.entity.Reading;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskCalculatorTest {

    private final RiskCalculator cut = new RiskCalculator();
    private final OperatingLimits limits = OperatingLimits.defaults();

    private Risk assess(ReadingBuilder builder, Set<Detector> alarms) {
        return cut.assess(Exceedances.of(builder.build(), limits), alarms);
    }

    @Test
    void healthyMachineIsLowWithoutFactors() {
        Risk risk = assess(ReadingBuilder.healthy(), Set.of());
        assertEquals(0, risk.score(), 1e-12);
        assertEquals(RiskLevel.LOW, risk.level());
        assertTrue(risk.factors().isEmpty());
    }

    @Test
    void everyLevelIsReachableFromPlausibleReadings() {
        assertEquals(RiskLevel.LOW, assess(ReadingBuilder.healthy().temperature(78), Set.of()).level());
        assertEquals(RiskLevel.MEDIUM, assess(ReadingBuilder.healthy().temperature(81), Set.of()).level());
        assertEquals(RiskLevel.HIGH, assess(ReadingBuilder.healthy().vibration(4.6), Set.of()).level());
        assertEquals(RiskLevel.CRITICAL,
                assess(ReadingBuilder.healthy().temperature(86).vibration(4.2), Set.of(Detector.VIBRATION_DRIFT)).level());
    }

    @Test
    void scoreIsCappedAt100() {
        Risk risk = assess(ReadingBuilder.healthy().temperature(90).vibration(5).errorRate(15).power(10),
                EnumSet.allOf(Detector.class));
        assertEquals(100, risk.score(), 1e-12);
        assertEquals(RiskLevel.CRITICAL, risk.level());
    }

    @Test
    void factorsAreTheLargestNonZeroTermsFirst() {
        Risk risk = assess(ReadingBuilder.healthy().temperature(80).vibration(4.5).errorRate(7).power(9.5)
                .network(40, 3).maintenance(0.8).defectRate(6), EnumSet.of(Detector.POWER_JUMP));
        List<Factor> factors = risk.factors();
        assertEquals(RiskCalculator.MAX_FACTORS, factors.size());
        assertEquals("vibration_hz", factors.get(0).name());
        assertEquals(50, factors.get(0).contribution(), 1e-9);
        for (int i = 1; i < factors.size(); i++) {
            assertTrue(factors.get(i - 1).contribution() >= factors.get(i).contribution());
            assertTrue(factors.get(i).contribution() > 0);
        }
    }

    @Test
    void levelBoundaries() {
        assertEquals(RiskLevel.LOW, RiskCalculator.level(24.99));
        assertEquals(RiskLevel.MEDIUM, RiskCalculator.level(25));
        assertEquals(RiskLevel.HIGH, RiskCalculator.level(50));
        assertEquals(RiskLevel.CRITICAL, RiskCalculator.level(75));
    }

    @Test
    void explanationNamesTheLimit() {
        Reading reading = ReadingBuilder.healthy().temperature(87).build();
        Factor factor = cut.assess(Exceedances.of(reading, limits), Set.of()).factors().get(0);
        assertEquals("temperature 87.00 °C is above the critical limit 85.00 °C", factor.explanation());
    }
}
