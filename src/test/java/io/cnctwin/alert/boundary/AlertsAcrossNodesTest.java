package io.cnctwin.alert.boundary;

import static io.cnctwin.alert.boundary.ConditionAlertsTest.indicators;
import static io.cnctwin.alert.boundary.ConditionAlertsTest.reading;
import static io.cnctwin.alert.boundary.ConditionAlertsTest.toolWear;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnctwin.alert.entity.Alert;
import io.cnctwin.alert.entity.AlertEvent;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Comparison;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requirement (several nodes): two nodes' alert engines over one database keep one open alert per (machine, rule):
 * a node whose in-memory state has not seen the other's alert continues it instead of raising a second one.
 */
class AlertsAcrossNodesTest {

    final ConditionAlertsTest.FakeStore database = new ConditionAlertsTest.FakeStore();
    final AlertEngine leader = new AlertEngine();
    final AlertEngine follower = new AlertEngine();
    final AlertRule wear = new AlertRule("condition_tool_wear", Comparison.ABOVE, 0.5, 0.5, 1, 0, null, "tool wear");

    @BeforeEach
    void wire() {
        ConditionAlertsTest.set(wear, "id", 10L);
        leader.store = database;
        follower.store = database;
    }

    @Test
    void theSecondNodeContinuesTheAlertTheFirstRaised() {
        // both load the (empty) open alerts before either raises: the follower's memory does not know the leader's alert
        assertEquals(List.of(), follower.evaluate(reading(0), indicators(), List.of(wear)));
        assertEquals(List.of("raised"), events(leader.evaluate(reading(1), indicators(toolWear()), List.of(wear))));

        List<AlertEvent> fromFollower = follower.evaluate(reading(2), indicators(toolWear()), List.of(wear));

        assertEquals(List.of(), fromFollower, "same severity: nothing new to push");
        assertEquals(1, database.alerts.size(), "one open alert for (machine 7, tool wear)");
        Alert alert = database.alerts.get(0);
        assertEquals(2, alert.getOccurrences());
        assertEquals(reading(2).timestamp(), alert.getLastSeenAt());
    }

    @Test
    void afterContinuingItTheSecondNodeClearsTheSameAlert() {
        follower.evaluate(reading(0), indicators(), List.of(wear));
        leader.evaluate(reading(1), indicators(toolWear()), List.of(wear));
        follower.evaluate(reading(2), indicators(toolWear()), List.of(wear));

        assertEquals(List.of("cleared"), events(follower.evaluate(reading(3), indicators(), List.of(wear))));
        assertEquals(1, database.alerts.size());
        assertEquals(false, database.alerts.get(0).isOpen());
    }

    private static List<String> events(List<AlertEvent> events) {
        return events.stream().map(AlertEvent::event).toList();
    }
}
