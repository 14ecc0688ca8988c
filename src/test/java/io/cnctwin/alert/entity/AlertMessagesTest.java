package io.cnctwin.alert.entity;

import io.cnctwin.alert.control.RuleMetrics;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words of each step (docs/alert-messages.md): the threshold named, the side the value is on, the unit. */
class AlertMessagesTest {

    /** The shipped temperature rule: warning above 78, critical above 86, 3 readings, back inside by 2. */
    static final AlertRule HOT = new AlertRule("temperature_c", Comparison.ABOVE, 78, 86, 3, 2, null, "Spindle temperature");
    /** The shipped health rule: warning below 40, critical below 25, 2 readings, back inside by 5. */
    static final AlertRule UNHEALTHY = new AlertRule("health_index", Comparison.BELOW, 40, 25, 2, 5, null, "Health index");
    static final AlertRule SHAKY = new AlertRule("vibration_hz", Comparison.ABOVE, 3.8, 4.5, 3, 0.2, null, "Vibration");
    static final AlertRule CONGESTION = new AlertRule("condition_network_congestion", Comparison.ABOVE, 0.5, 1, 1, 0, null,
            "Network congestion on the machine segment");
    static final Duration FOUR = Duration.ofMinutes(4);

    @Test
    void raisedNamesTheThresholdOfItsSeverity() {
        assertEquals("temperature_c above warning 78 °C for 3 readings over 4 min (80.1 °C)",
                AlertMessages.raised(HOT, Severity.WARNING, 80.1, 3, FOUR));
        assertEquals("temperature_c above critical 86 °C for 3 readings over 4 min (88.4 °C)",
                AlertMessages.raised(HOT, Severity.CRITICAL, 88.44, 3, FOUR));
        assertEquals("health_index below warning 40 for 2 readings over 2 min (38.2)",
                AlertMessages.raised(UNHEALTHY, Severity.WARNING, 38.2, 2, Duration.ofMinutes(2)));
    }

    @Test
    void escalatedSaysItRoseAboveOrFellBelowCritical() {
        assertEquals("temperature_c rose above critical 86 °C for 3 readings over 4 min (87.0 °C)",
                AlertMessages.escalated(HOT, 87, 3, FOUR));
        assertEquals("health_index fell below critical 25 for 2 readings (24.9)", AlertMessages.escalated(UNHEALTHY, 24.9, 2, null));
    }

    @Test
    void deEscalatedNeverClaimsTheValueIsStillBeyondWarningWhenItIsNot() {
        assertEquals("temperature_c fell below critical 86 °C for 3 readings over 10 min, still above warning 78 °C (80.1 °C)",
                AlertMessages.deescalated(HOT, 80.1, 3, Duration.ofMinutes(10)));
        // the "temperature_c 74.05 above 78.00": the value is below warning already
        assertEquals("temperature_c fell below critical 86 °C for 3 readings, and below warning 78 °C (74.1 °C)",
                AlertMessages.deescalated(HOT, 74.05, 3, null));
        assertEquals("temperature_c fell below critical 86 °C for 3 readings, and no longer above warning 78 °C (78.0 °C)",
                AlertMessages.deescalated(HOT, 78, 3, null));
        // the "health_index 49.36 below 40.00"
        assertEquals("health_index rose above critical 25 for 2 readings, and above warning 40 (49.4)",
                AlertMessages.deescalated(UNHEALTHY, 49.36, 2, null));
        assertEquals("health_index rose above critical 25 for 2 readings, still below warning 40 (31.0)",
                AlertMessages.deescalated(UNHEALTHY, 31, 2, null));
    }

    @Test
    void clearedNamesTheRecoveryThresholdTheRuleJudgedBy() {
        assertEquals("temperature_c back below 76 °C for 5 readings over 8 min (75.2 °C)",
                AlertMessages.cleared(HOT, 75.2, 5, Duration.ofMinutes(8)));
        assertEquals("temperature_c no longer above 76 °C for 3 readings (76.0 °C)", AlertMessages.cleared(HOT, 76, 3, null));
        assertEquals("health_index back above 45 for 2 readings over 2 min (52.0)",
                AlertMessages.cleared(UNHEALTHY, 52, 2, Duration.ofMinutes(2)));
        assertEquals("vibration_hz back below 3.6 Hz for 1 reading (3.10 Hz)", AlertMessages.cleared(SHAKY, 3.1, 1, Duration.ZERO));
        assertEquals("network congestion no longer shown for 5 readings over 8 min",
                AlertMessages.conditionCleared(CONGESTION, 5, Duration.ofMinutes(8)));
    }

    @Test
    void theValueGetsTheDecimalsItTakesToStayOnTheSideTheWordsSay() {
        assertEquals("temperature_c above critical 86 °C for 3 readings (86.04 °C)",
                AlertMessages.raised(HOT, Severity.CRITICAL, 86.04, 3, null));
        assertEquals("temperature_c above critical 86 °C for 3 readings (86.000001 °C)",
                AlertMessages.raised(HOT, Severity.CRITICAL, 86.000001, 3, null));
        AlertRule likely = new AlertRule("failure_probability", Comparison.ABOVE, 0.6, 0.85, 2, 0.05, null, "Failure");
        assertEquals("failure_probability above warning 0.6 for 2 readings (0.604)",
                AlertMessages.raised(likely, Severity.WARNING, 0.6042, 2, null));
        assertEquals("failure_probability back below 0.55 for 2 readings (0.549)",
                AlertMessages.cleared(likely, 0.5485, 2, null));
    }

    @Test
    void unitsOfEveryKindOfMetric() {
        AlertRule loss = new AlertRule("packet_loss_pct", Comparison.ABOVE, 3, 4.5, 3, 0.3, null, "Packet loss");
        assertEquals("packet_loss_pct above warning 3% for 3 readings (3.25%)", AlertMessages.raised(loss, Severity.WARNING, 3.25, 3, null));
        AlertRule slow = new AlertRule("production_speed_units_per_hr", Comparison.BELOW, 100, 60, 3, 10, null, "Slow");
        assertEquals("production_speed_units_per_hr below critical 60 units/h for 3 readings (55 units/h)",
                AlertMessages.raised(slow, Severity.CRITICAL, 55, 3, null));
        AlertRule latency = new AlertRule("network_latency_ms", Comparison.ABOVE, 35, 45, 3, 3, null, "Latency");
        assertEquals("network_latency_ms above warning 35 ms for 3 readings (36.2 ms)",
                AlertMessages.raised(latency, Severity.WARNING, 36.2, 3, null));
    }

    @Test
    void acknowledgedAndClearedByHandSayWhoAndTheLastValue() {
        assertEquals("acknowledged by alice while WARNING (last 80.1 °C): coolant checked",
                AlertMessages.acknowledged("alice", " coolant checked ", Severity.WARNING, 80.1, "temperature_c"));
        assertEquals("acknowledged by alice while CRITICAL (last 88.0 °C)",
                AlertMessages.acknowledged("alice", null, Severity.CRITICAL, 88, "temperature_c"));
        assertEquals("cleared by bob while WARNING (last 38.2)", AlertMessages.clearedBy("bob", Severity.WARNING, 38.2, "health_index"));
        assertEquals("acknowledged by alice while CRITICAL: on it",
                AlertMessages.acknowledged("alice", "on it", Severity.CRITICAL, 1, "condition_tool_wear"));
        assertEquals("cleared by bob while WARNING", AlertMessages.clearedBy("bob", Severity.WARNING, 1, "condition_network_congestion"));
    }

    @Test
    void everyValueMetricHasItsUnitAndDecimals() {
        // the conditions (1 or 0) and the event metrics (machine_offline, controller_alarm: no value) have none
        for (String metric : io.cnctwin.alert.control.RuleMetrics.names()) {
            boolean value = !io.cnctwin.alert.control.RuleMetrics.isCondition(metric)
                    && !io.cnctwin.alert.control.RuleMetrics.isEvent(metric);
            assertEquals(value, AlertMessages.knowsUnitOf(metric), metric);
        }
    }

    @Test
    void theAlertKeepsTheWordsOfItsLatestSeverityAndEachStepItsOwn() {
        LocalDateTime t0 = LocalDateTime.of(2025, 1, 6, 8, 0);
        set(HOT, "id", 1L);
        Alert alert = new Alert(7, HOT, Severity.WARNING, 80.1, t0, null);
        assertEquals("Spindle temperature: temperature_c above warning 78 °C for 3 readings (80.1 °C)", alert.getMessage());
        assertEquals("temperature_c above warning 78 °C for 3 readings (80.1 °C)", alert.getEventMessage());
        alert.seenAgain(HOT, Severity.CRITICAL, 87, t0.plusMinutes(2), AlertMessages.escalated(HOT, 87, 3, null));
        assertEquals("Spindle temperature: temperature_c rose above critical 86 °C for 3 readings (87.0 °C)", alert.getMessage());
        alert.seenAgain(HOT, Severity.WARNING, 74.05, t0.plusMinutes(4), null);
        assertEquals("temperature_c below warning 78 °C (74.1 °C)", alert.getEventMessage(), "a severity set without words");
        alert.acknowledge("alice", "coolant checked", t0.plusMinutes(5));
        assertEquals("acknowledged by alice while WARNING (last 74.1 °C): coolant checked", alert.getEventMessage());
        alert.clear("system", t0.plusMinutes(20), AlertMessages.cleared(HOT, 70, 5, null), 70.0);
        assertEquals("temperature_c back below 76 °C for 5 readings (70.0 °C)", alert.getEventMessage());
        assertEquals(70, alert.getEventValue());
        assertEquals(74.05, alert.getValue(), "the alert's last value stays the last one seen beyond");
        assertEquals("temperature_c back below 76 °C for 5 readings (70.0 °C)",
                new AlertTransition(withId(alert), AlertTransition.Kind.CLEARED, "system", t0).getMessage());
    }

    private static Alert withId(Alert alert) {
        set(alert, "id", 1L);
        return alert;
    }

    private static void set(Object target, String name, Object value) {
        try {
            java.lang.reflect.Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
