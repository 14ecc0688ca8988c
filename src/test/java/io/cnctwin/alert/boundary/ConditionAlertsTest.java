package io.cnctwin.alert.boundary;

import io.cnctwin.alert.control.RuleMetrics;
import io.cnctwin.alert.control.RuleValidation;
import io.cnctwin.alert.entity.Alert;
import io.cnctwin.alert.entity.AlertEvent;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.AlertTransition;
import io.cnctwin.alert.entity.Comparison;
import io.cnctwin.alert.entity.Severity;
import io.cnctwin.analytics.entity.ActiveCondition;
import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.RiskLevel;
import io.cnctwin.platform.control.TestSchema;
import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requirement: the fault conditions of the live indicators raise and clear one deduplicated alert per machine and
 * condition, by the condition rules shipped in migration V5, with the analytics' explanation in the message.
 */
class ConditionAlertsTest {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 8, 0);
    static List<AlertRule> shipped;

    final FakeStore store = new FakeStore();
    final AlertEngine cut = new AlertEngine();

    @org.junit.jupiter.api.BeforeEach
    void wire() {
        cut.store = store;
    }

    @BeforeAll
    static void loadShippedRules() throws SQLException {
        shipped = new ArrayList<>();
        try (Connection connection = TestSchema.h2("conditions")) {
            ResultSet rows = connection.createStatement().executeQuery("SELECT id, metric, comparison, warning_threshold,"
                    + " critical_threshold, consecutive_count, hysteresis, description FROM alert_rules ORDER BY id");
            while (rows.next()) {
                AlertRule rule = new AlertRule(rows.getString(2), Comparison.valueOf(rows.getString(3)), rows.getDouble(4),
                        rows.getDouble(5), rows.getInt(6), rows.getDouble(7), null, rows.getString(8));
                set(rule, "id", rows.getLong(1));
                shipped.add(rule);
            }
        }
    }

    @Test
    void everyFaultConditionHasAShippedConditionRuleOnAKnownMetric() {
        for (FaultCondition condition : FaultCondition.values()) {
            String metric = RuleMetrics.metricOf(condition);
            assertTrue(RuleMetrics.known(metric) && RuleMetrics.isCondition(metric), metric);
            assertTrue(shipped.stream().anyMatch(r -> r.getMetric().equals(metric) && r.isEnabled()), metric);
        }
        assertTrue(shipped.stream().filter(r -> RuleMetrics.isCondition(r.getMetric()))
                .allMatch(r -> new RuleValidation().check(r.getMetric(), r.settings()).isEmpty()));
    }

    @Test
    void aConditionMetricIsOneWhileShownAndCarriesTheExplanation() {
        Indicators worn = indicators(toolWear());
        assertEquals(1.0, RuleMetrics.value("condition_tool_wear", reading(0), worn));
        assertEquals(0.0, RuleMetrics.value("condition_overheat", reading(0), worn));
        assertEquals(toolWear().explanation(), RuleMetrics.explanation("condition_tool_wear", worn));
        assertNull(RuleMetrics.explanation("condition_tool_wear", indicators()));
        assertNull(RuleMetrics.explanation("temperature_c", worn));
    }

    @Test
    void raisesOnceWhileTheConditionHoldsAndClearsWhenItFalls() {
        List<AlertEvent> events = new ArrayList<>();
        events.addAll(evaluate(0));
        events.addAll(evaluate(1, toolWear()));
        events.addAll(evaluate(2, toolWear()));
        events.addAll(evaluate(3, toolWear()));
        assertEquals(List.of("raised"), events.stream().map(AlertEvent::event).toList());
        Alert alert = store.alerts.get(0);
        assertEquals(Severity.CRITICAL, alert.getSeverity());
        assertEquals("condition_tool_wear", alert.getType());
        assertTrue(alert.getMessage().endsWith(toolWear().explanation()), alert.getMessage());
        assertEquals(3, alert.getOccurrences());

        List<AlertEvent> cleared = evaluate(4);
        assertEquals(List.of("cleared"), cleared.stream().map(AlertEvent::event).toList());
        assertTrue(!alert.isOpen());
        assertNull(cut.worstOpen(7));

        assertEquals(List.of("raised"), evaluate(5, toolWear()).stream().map(AlertEvent::event).toList());
        assertEquals(2, store.alerts.size());
    }

    @Test
    void severityComesFromTheRuleOfEachCondition() {
        ActiveCondition drift = new ActiveCondition(FaultCondition.SENSOR_DRIFT, "temperature_residual", 6.4, 6,
                "temperature 71.0 °C is 6.4 K above what the power explains");
        evaluate(0, drift, toolWear());
        Map<String, Severity> severities = new HashMap<>();
        store.alerts.forEach(a -> severities.put(a.getType(), a.getSeverity()));
        assertEquals(Map.of("condition_sensor_drift", Severity.WARNING, "condition_tool_wear", Severity.CRITICAL),
                severities);
        assertEquals(Severity.CRITICAL, cut.worstOpen(7));
    }

    @Test
    void aDisabledConditionRuleRaisesNothing() {
        AlertRule off = new AlertRule("condition_tool_wear", Comparison.ABOVE, 0.5, 0.5, 1, 0, 7, "off on 7");
        set(off, "id", 2000L);
        set(off, "enabled", false);
        List<AlertRule> rules = new ArrayList<>(shipped);
        rules.add(off);
        assertEquals(List.of(), cut.evaluate(reading(0), indicators(toolWear()), rules));
    }

    private List<AlertEvent> evaluate(int minute, ActiveCondition... conditions) {
        return cut.evaluate(reading(minute), indicators(conditions), shipped);
    }

    static ActiveCondition toolWear() {
        return new ActiveCondition(FaultCondition.TOOL_WEAR, "worn_tool_vibration", 3.4, 3.0,
                "vibration 3.40 Hz above 3.00 Hz for 2 readings while cutting");
    }

    static Reading reading(int step) {
        return new Reading(7, T0.plusMinutes(2L * step), OperationMode.ACTIVE, 60, 1.5, 5, 8, 0.1, 1, 450, 0.2, 1, null);
    }

    static Indicators indicators(ActiveCondition... conditions) {
        return new Indicators(EfficiencyStatus.HIGH, 80.0, 5, RiskLevel.LOW, 0.05, 95, List.of(), List.of(), List.of(),
                List.of(conditions));
    }

    static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps alerts in a list instead of the database. */
    static class FakeStore extends AlertStore {
        final List<Alert> alerts = new ArrayList<>();

        @Override
        public Alert raise(int machineId, AlertRule rule, Severity severity, double value, LocalDateTime at,
                           String explanation) {
            Alert alert = new Alert(machineId, rule, severity, value, at, explanation);
            set(alert, "id", (long) alerts.size() + 1);
            alerts.add(alert);
            return alert;
        }

        @Override
        public Alert open(Long id) {
            return alerts.stream().filter(a -> a.getId().equals(id) && a.isOpen()).findFirst().orElse(null);
        }

        @Override
        public Alert openWithKey(String openKey) {
            return alerts.stream().filter(a -> a.isOpen() && Alert.openKey(a.getMachineId(), a.getRuleId()).equals(openKey))
                    .findFirst().orElse(null);
        }

        @Override
        public List<Alert> allOpen() {
            return alerts.stream().filter(Alert::isOpen).toList();
        }

        @Override
        public void record(Alert alert, AlertTransition.Kind kind, String actor, LocalDateTime at) {
        }
    }
}
