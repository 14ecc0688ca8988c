package io.cnctwin.alert.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Comparison;
import io.cnctwin.alert.entity.ControllerAlarm;
import io.cnctwin.alert.entity.Severity;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event rules (issue 21): machine_offline by minutes of silence, controller_alarm one per native code. */
class EventRulesTest {

    static final LocalDateTime AT = LocalDateTime.parse("2031-01-01T08:00:00");

    @Test
    void eventMetricsAreKnownToRulesButNotEvaluatedOnReadings() {
        assertTrue(RuleMetrics.known("machine_offline"));
        assertTrue(RuleMetrics.known("controller_alarm"));
        assertTrue(RuleMetrics.isEvent("controller_alarm"));
        assertFalse(RuleMetrics.isEvent("temperature_c"));
        assertTrue(RuleMetrics.names().contains("machine_offline"));
    }

    @Test
    void theEngineIsNotGivenEventRulesButTheirWriterFindsThemPerMachine() {
        AlertRule temperature = new AlertRule("temperature_c", Comparison.ABOVE, 78, 86, 3, 2, null, "Spindle temperature");
        AlertRule offline = new AlertRule("machine_offline", Comparison.ABOVE, 0, 60, 1, 0, null, "Machine offline");
        AlertRule alarms = new AlertRule("controller_alarm", Comparison.ABOVE, 1, 2, 1, 0, null, "Controller alarm");
        List<AlertRule> rules = List.of(temperature, offline, alarms);
        assertEquals(List.of(temperature), new EffectiveRules().forMachine(7, rules));
        assertEquals(3, EffectiveRules.of(7, rules).size());
    }

    @Test
    void anOfflineMachineIsWarningFromTheWarningMinutesAndCriticalFromTheCriticalOnes() {
        AlertRule shipped = new AlertRule("machine_offline", Comparison.ABOVE, 0, 60, 1, 0, null, "Machine offline");
        assertEquals(Severity.WARNING, OfflineSeverity.of(shipped, 0.2));
        assertEquals(Severity.CRITICAL, OfflineSeverity.of(shipped, 60));
        AlertRule patient = new AlertRule("machine_offline", Comparison.ABOVE, 5, 30, 1, 0, 7, "Machine offline");
        assertNull(OfflineSeverity.of(patient, 4.9), "not yet: the machine's override waits 5 minutes");
    }

    @Test
    void theSameCodeOnTwoDataItemsIsOneAlarmAtTheWorseLevel() {
        List<ControllerAlarm> active = List.of(new ControllerAlarm("2101", false, null, "LOAD HIGH", AT),
                new ControllerAlarm("2101", true, "3", "SPINDLE OVERLOAD", AT), new ControllerAlarm("77", false, "1", "LUBE LOW", AT));
        List<ControllerAlarm> one = List.copyOf(ControllerAlarms.worstPerCode(active));
        assertEquals(2, one.size());
        assertEquals(Severity.CRITICAL, one.get(0).severity());
        assertEquals("FAULT 2101 (native severity 3): SPINDLE OVERLOAD", ControllerAlarms.words(one.get(0)));
        assertEquals("WARNING 77 (native severity 1): LUBE LOW", ControllerAlarms.words(one.get(1)));
        assertEquals("WARNING 9", ControllerAlarms.words(new ControllerAlarm("9", false, null, "", AT)));
    }
}
