package io.cnctwin.alert.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.alert.entity.Alert;
import io.cnctwin.alert.entity.AlertEvent;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Severity;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped temperature rule with the fleet default holds, on the readings TwinSystemIT posts (one a minute): the
 * integration tests' expectations stay true with the holds (a raise after 3 hot readings, a clear 10 minutes after the
 * last hot one), and the pushed event carries the words of its step.
 */
class LiveFeedHoldsTest {

    static final LocalDateTime DAY = LocalDateTime.of(2030, 3, 1, 0, 0);

    final ConditionAlertsTest.FakeStore store = new ConditionAlertsTest.FakeStore();
    final AlertEngine cut = new AlertEngine();
    AlertRule temperature;

    @BeforeEach
    void wire() {
        cut.store = store;
        temperature = FleetReplay.shippedRules().stream().filter(r -> r.getMetric().equals("temperature_c")).findFirst()
                .orElseThrow();
    }

    @Test
    void raisedAfterThreeHotReadingsAndClearedTenMinutesAfterTheLastHotOne() {
        // liveFeedFollowsAnAlertFromRaiseThroughAcknowledgementToClear: 3 readings at 80 °C, then 3 at 60 °C from minute 10
        List<AlertEvent> raised = post(0, 3, 80);
        assertEquals(List.of("raised"), raised.stream().map(AlertEvent::event).toList());
        assertEquals(Severity.WARNING, raised.get(0).alert().severity());
        assertEquals("temperature_c above warning 78 °C for 3 readings over 2 min (80.0 °C)", raised.get(0).alert().eventMessage());
        List<AlertEvent> cleared = post(10, 3, 60);
        assertEquals(List.of("cleared"), cleared.stream().map(AlertEvent::event).toList());
        assertEquals("temperature_c back below 76 °C for 3 readings over 2 min (60.0 °C)", cleared.get(0).alert().eventMessage());
    }

    @Test
    void twoBatchesOverTheCriticalThresholdOpenOneCriticalAlert() {
        // concurrentReadingsOverTheThresholdOpenOneAlert: 4 readings at 92 °C, 4 at 93 °C from minute 10
        post(0, 4, 92);
        post(10, 4, 93);
        List<Alert> open = store.alerts.stream().filter(Alert::isOpen).toList();
        assertEquals(1, open.size());
        assertEquals(Severity.CRITICAL, open.get(0).getSeverity());
        assertTrue(open.get(0).getOccurrences() >= 6, open.get(0).getMessage());
    }

    private List<AlertEvent> post(int fromMinute, int count, double celsius) {
        List<AlertEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Reading reading = new Reading(903, DAY.plusMinutes(fromMinute + i), OperationMode.ACTIVE, celsius, 1.5, 5, 8, 0.1,
                    1, 450, 0.2, 1, null);
            events.addAll(cut.evaluate(reading, ConditionAlertsTest.indicators(), List.of(temperature)));
        }
        return events;
    }
}
