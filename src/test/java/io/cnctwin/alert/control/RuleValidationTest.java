package io.cnctwin.alert.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.alert.control.RuleValidation.Violation;
import io.cnctwin.alert.entity.Comparison;
import io.cnctwin.alert.entity.RuleSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleValidationTest {

    final RuleValidation cut = new RuleValidation();

    @Test
    void theShippedTemperatureRuleIsValid() {
        assertEquals(List.of(), cut.check("temperature_c", settings(Comparison.ABOVE, 78, 86, 3, 2)));
    }

    @Test
    void anUnknownMetricIsRefusedWithTheAllowedOnes() {
        List<Violation> violations = cut.check("coolant_level", settings(Comparison.ABOVE, 78, 86, 3, 2));
        assertEquals(List.of("metric"), fields(violations));
        assertTrue(violations.get(0).message().contains("health_index"), violations.get(0).message());
        assertTrue(violations.get(0).message().contains("temperature_c"), violations.get(0).message());
    }

    @Test
    void theConsecutiveCountIsOneToAThousand() {
        assertEquals(List.of("consecutiveCount"), fields(cut.check("temperature_c", settings(Comparison.ABOVE, 78, 86, 0, 2))));
        assertEquals(List.of("consecutiveCount"), fields(cut.check("temperature_c", settings(Comparison.ABOVE, 78, 86, 1001, 2))));
        assertEquals(List.of(), cut.check("temperature_c", settings(Comparison.ABOVE, 78, 86, 1000, 2)));
        assertEquals(List.of(), cut.check("temperature_c", settings(Comparison.ABOVE, 78, 86, 1, 2)));
    }

    @Test
    void hysteresisMayBeZeroButNotNegative() {
        assertEquals(List.of(), cut.check("temperature_c", settings(Comparison.ABOVE, 78, 86, 3, 0)));
        assertEquals(List.of("hysteresis"), fields(cut.check("temperature_c", settings(Comparison.ABOVE, 78, 86, 3, -0.5))));
        assertEquals(List.of("hysteresis"), fields(cut.check("temperature_c", settings(Comparison.ABOVE, 78, 86, 3, Double.NaN))));
    }

    @Test
    void anAboveRuleNeedsTheCriticalThresholdAtOrAboveTheWarning() {
        assertEquals(List.of(), cut.check("temperature_c", settings(Comparison.ABOVE, 80, 80, 3, 2)));
        List<Violation> violations = cut.check("temperature_c", settings(Comparison.ABOVE, 86, 78, 3, 2));
        assertEquals(List.of("criticalThreshold"), fields(violations));
        assertTrue(violations.get(0).message().contains("ABOVE"), violations.get(0).message());
    }

    @Test
    void aBelowRuleNeedsTheCriticalThresholdAtOrBelowTheWarning() {
        assertEquals(List.of(), cut.check("health_index", settings(Comparison.BELOW, 40, 25, 2, 5)));
        List<Violation> violations = cut.check("health_index", settings(Comparison.BELOW, 25, 40, 2, 5));
        assertEquals(List.of("criticalThreshold"), fields(violations));
        assertTrue(violations.get(0).message().contains("BELOW"), violations.get(0).message());
    }

    @Test
    void aMissingComparisonOrDescriptionIsNamed() {
        RuleSettings bare = new RuleSettings(null, 1, 2, 3, 0, true, " ");
        assertEquals(List.of("comparison", "description"), fields(cut.check("temperature_c", bare)));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertEquals(List.of("metric", "consecutiveCount", "hysteresis", "criticalThreshold"),
                fields(cut.check("nope", settings(Comparison.ABOVE, 90, 80, 0, -1))));
    }

    private static RuleSettings settings(Comparison comparison, double warning, double critical, int count, double hysteresis) {
        return new RuleSettings(comparison, warning, critical, count, hysteresis, true, "a rule");
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }
}
