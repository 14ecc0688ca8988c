package io.cnctwin.alert.boundary;

import io.cnctwin.alert.control.Condition;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Comparison;
import io.cnctwin.alert.entity.RuleSettings;
import io.cnctwin.alert.entity.Severity;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A rule changed at run time: its counters start again on every machine, open alerts keep their severity. */
class AlertEngineResetTest {

    final AlertEngine cut = new AlertEngine();
    final AlertRule hot = new AlertRule("temperature_c", Comparison.ABOVE, 80, 90, 3, 5, null, "hot");

    @Test
    void aChangedRuleStartsCountingAgain() {
        Condition machine7 = cut.condition("7:1");
        machine7.next(hot, 85);
        machine7.next(hot, 85);
        cut.ruleChanged(1);
        assertEquals(Condition.Change.NONE, machine7.next(hot, 85));
        assertEquals(Condition.Change.NONE, machine7.next(hot, 85));
        assertEquals(Condition.Change.RAISE, machine7.next(hot, 85));
    }

    @Test
    void theNewThresholdsApplyFromTheNextReading() {
        Condition machine7 = cut.condition("7:1");
        machine7.next(hot, 85);
        machine7.next(hot, 85);
        hot.update(new RuleSettings(Comparison.ABOVE, 84, 95, 1, 5, true, "hot, sooner"));
        cut.ruleChanged(1);
        assertEquals(Condition.Change.RAISE, machine7.next(hot, 85));
        assertEquals(Severity.WARNING, machine7.openSeverity());
    }

    @Test
    void anOpenAlertStaysOpenWithItsSeverity() {
        Condition machine7 = cut.condition("7:1");
        for (int i = 0; i < 3; i++) {
            machine7.next(hot, 95);
        }
        cut.ruleChanged(1);
        assertEquals(Severity.CRITICAL, machine7.openSeverity());
        assertEquals(Condition.Change.CONTINUE, machine7.next(hot, 95));
    }

    @Test
    void otherRulesKeepTheirCounts() {
        Condition rule1 = cut.condition("7:1");
        Condition rule11 = cut.condition("7:11");
        rule1.next(hot, 85);
        rule1.next(hot, 85);
        rule11.next(hot, 85);
        rule11.next(hot, 85);
        cut.ruleChanged(1);
        assertEquals(Condition.Change.RAISE, rule11.next(hot, 85));
        assertNull(rule1.openSeverity());
        assertEquals(Condition.Change.NONE, rule1.next(hot, 85));
    }

    @Test
    void everyMachineOfTheRuleIsReset() {
        Condition machine7 = cut.condition("7:1");
        Condition machine8 = cut.condition("8:1");
        machine7.next(hot, 85);
        machine7.next(hot, 85);
        machine8.next(hot, 85);
        machine8.next(hot, 85);
        cut.ruleChanged(1);
        assertEquals(Condition.Change.NONE, machine7.next(hot, 85));
        assertEquals(Condition.Change.NONE, machine8.next(hot, 85));
    }
}
