package io.cnctwin.alert.boundary;

import io.cnctwin.alert.control.RuleMetrics;
import io.cnctwin.alert.entity.AlertEvent;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Comparison;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.RiskLevel;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requirement (issue 21): a rule on a metric the reading did not measure neither raises nor clears. */
class MissingValueAlertsTest {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 8, 0);

    final ConditionAlertsTest.FakeStore store = new ConditionAlertsTest.FakeStore();
    final AlertEngine cut = new AlertEngine();
    final AlertRule shaky = new AlertRule("vibration_hz", Comparison.ABOVE, 4, 4.5, 2, 0.2, null, "shaky");
    final AlertRule slow = new AlertRule("efficiency_score", Comparison.BELOW, 40, 20, 1, 1, null, "inefficient");

    @BeforeEach
    void wire() {
        cut.store = store;
        ConditionAlertsTest.set(shaky, "id", 3000L);
        ConditionAlertsTest.set(slow, "id", 3010L);
    }

    @Test
    void aMissingValueNeitherBreaksTheRunNorRaisesNorClears() {
        List<AlertEvent> events = new ArrayList<>();
        events.addAll(evaluate(0, 5));
        events.addAll(evaluate(1, Reading.MISSING));
        assertEquals(List.of(), events, "one reading above, one not measured: no alert");
        events.addAll(evaluate(2, 5));
        assertEquals(List.of("raised"), events.stream().map(AlertEvent::event).toList(),
                "the missing value did not break the run of two");
        for (int minute = 3; minute < 10; minute++) {
            assertEquals(List.of(), evaluate(minute, Reading.MISSING), "not measured: the alert stays open");
        }
        assertTrue(store.alerts.get(0).isOpen());
        List<AlertEvent> back = new ArrayList<>(evaluate(10, 1));
        back.addAll(evaluate(11, 1));
        assertEquals(List.of("cleared"), back.stream().map(AlertEvent::event).toList(), "measured again, it clears");
    }

    @Test
    void anEfficiencyNotComputedIsMissingForItsRules() {
        Indicators unknown = new Indicators(null, null, 5, RiskLevel.LOW, 0.05, 95, List.of(), List.of(), List.of(),
                List.of());
        assertTrue(Reading.missing(RuleMetrics.value("efficiency_score", reading(0, 1), unknown)));
        assertEquals(List.of(), cut.evaluate(reading(0, 1), unknown, List.of(slow)));
    }

    private List<AlertEvent> evaluate(int minute, double vibration) {
        return cut.evaluate(reading(minute, vibration), ConditionAlertsTest.indicators(), List.of(shaky));
    }

    private static Reading reading(int minute, double vibration) {
        return new Reading(7, T0.plusMinutes(minute), OperationMode.ACTIVE, 60, vibration, 5, 8, 0.1, 1, 450, 0.2, 1,
                null);
    }
}
