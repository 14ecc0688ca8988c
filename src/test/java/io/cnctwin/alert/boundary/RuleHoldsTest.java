package io.cnctwin.alert.boundary;

import io.cnctwin.alert.control.Condition;
import io.cnctwin.alert.control.RuleValidation;
import io.cnctwin.alert.control.RuleMetrics;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Comparison;
import io.cnctwin.alert.entity.RuleSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A rule's holds: validated, kept by an update that does not name them (the dashboard's editor), shipped as V8 sets them. */
class RuleHoldsTest {

    final RuleValidation validation = new RuleValidation();

    @Test
    void holdsAreZeroToADayOrAbsent() {
        assertEquals(List.of(), validation.check("temperature_c", settings(null, null)));
        assertEquals(List.of(), validation.check("temperature_c", settings(0.0, 1440.0)));
        assertEquals(List.of("raiseAfterMinutes", "clearAfterMinutes"),
                validation.check("temperature_c", settings(-1.0, Double.NaN)).stream().map(RuleValidation.Violation::field).toList());
        assertEquals(List.of("clearAfterMinutes"),
                validation.check("temperature_c", settings(null, 1441.0)).stream().map(RuleValidation.Violation::field).toList());
    }

    @Test
    void anUpdateWithoutHoldsKeepsTheRuleOnes() {
        RuleSettings current = settings(4.0, 10.0);
        RuleSettings edited = new RuleSettings(Comparison.ABOVE, 80, 88, 2, 1, true, "edited in the dashboard");
        assertEquals(new RuleSettings(Comparison.ABOVE, 80, 88, 2, 1, true, "edited in the dashboard", 4.0, 10.0),
                edited.keepingHoldsOf(current));
        assertEquals(settings(0.0, 30.0), settings(0.0, 30.0).keepingHoldsOf(current));
    }

    @Test
    void theShippedRulesHoldClearsTenMinutesAndRaisesNot() {
        for (AlertRule rule : FleetReplay.shippedRules()) {
            if (RuleMetrics.isEvent(rule.getMetric())) {
                continue; // not evaluated on readings: no holds
            }
            assertEquals(10.0, rule.getClearAfterMinutes(), rule.getMetric());
            assertNull(rule.getRaiseAfterMinutes(), rule.getMetric());
        }
    }

    @Test
    void aRuleCreatedWithoutHoldsUsesTheFleetDefaults() {
        AlertRule rule = new AlertRule("temperature_c", null, settings(null, null));
        assertNull(rule.getRaiseAfterMinutes());
        assertNull(rule.getClearAfterMinutes());
        assertEquals(Condition.Holds.NONE, new AlertEngine().holds(rule));
    }

    static RuleSettings settings(Double raise, Double clear) {
        return new RuleSettings(Comparison.ABOVE, 78, 86, 3, 2, true, "hot", raise, clear);
    }
}
