package io.cnctwin.alert.control;

import static io.cnctwin.alert.control.Condition.Change.CLEAR;
import static io.cnctwin.alert.control.Condition.Change.CONTINUE;
import static io.cnctwin.alert.control.Condition.Change.DEESCALATE;
import static io.cnctwin.alert.control.Condition.Change.ESCALATE;
import static io.cnctwin.alert.control.Condition.Change.NONE;
import static io.cnctwin.alert.control.Condition.Change.RAISE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cnctwin.alert.control.Condition.Change;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Comparison;
import io.cnctwin.alert.entity.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {

    /** Temperature: warning above 80, critical above 90, three readings in a row, back inside by 5. */
    static final AlertRule HOT = new AlertRule("temperature_c", Comparison.ABOVE, 80, 90, 3, 5, null, "spindle hot");
    /** Health: warning below 20, critical below 10, two readings in a row, back inside by 2. */
    static final AlertRule UNHEALTHY = new AlertRule("health_index", Comparison.BELOW, 20, 10, 2, 2, null, "health low");

    Condition cut = new Condition();

    @Test
    void raisesAWarningOnlyAfterTheConsecutiveCount() {
        assertEquals(List.of(NONE, NONE, RAISE), feed(HOT, 85, 85, 85));
        assertEquals(Severity.WARNING, cut.openSeverity());
    }

    @Test
    void aReadingBackInsideRestartsTheCount() {
        assertEquals(List.of(NONE, NONE, NONE, NONE, NONE, RAISE), feed(HOT, 85, 85, 70, 85, 85, 85));
    }

    @Test
    void aValueOnTheThresholdIsNotBeyondIt() {
        assertEquals(List.of(NONE, NONE, NONE), feed(HOT, 80, 80, 80));
        assertNull(cut.openSeverity());
    }

    @Test
    void raisesDirectlyAtCriticalWhenTheCriticalCountIsReached() {
        assertEquals(List.of(NONE, NONE, RAISE), feed(HOT, 95, 95, 95));
        assertEquals(Severity.CRITICAL, cut.openSeverity());
    }

    @Test
    void raisesAWarningWhenOnlyTheWarningCountIsReached() {
        assertEquals(List.of(NONE, NONE, RAISE), feed(HOT, 85, 95, 95));
        assertEquals(Severity.WARNING, cut.openSeverity());
        assertEquals(List.of(ESCALATE), feed(HOT, 95));
        assertEquals(Severity.CRITICAL, cut.openSeverity());
    }

    @Test
    void escalatesFromWarningToCriticalAfterTheConsecutiveCount() {
        feed(HOT, 85, 85, 85);
        assertEquals(List.of(CONTINUE, CONTINUE, ESCALATE, CONTINUE), feed(HOT, 95, 95, 95, 95));
        assertEquals(Severity.CRITICAL, cut.openSeverity());
    }

    @Test
    void deEscalatesToWarningOnceBelowCriticalByTheHysteresisForTheCount() {
        feed(HOT, 95, 95, 95);
        assertEquals(List.of(CONTINUE, CONTINUE, CONTINUE), feed(HOT, 87, 87, 87), "87 is within the hysteresis of 90");
        assertEquals(Severity.CRITICAL, cut.openSeverity());
        assertEquals(List.of(CONTINUE, CONTINUE, DEESCALATE, CONTINUE), feed(HOT, 85, 84, 83, 83));
        assertEquals(Severity.WARNING, cut.openSeverity());
    }

    @Test
    void clearsOnlyAfterRecoveringByTheHysteresisForTheConsecutiveCount() {
        feed(HOT, 85, 85, 85);
        assertEquals(List.of(NONE, NONE, CLEAR), feed(HOT, 75, 75, 75));
        assertNull(cut.openSeverity());
    }

    @Test
    void aValueBetweenThresholdMinusHysteresisAndThresholdKeepsTheAlertOpen() {
        feed(HOT, 85, 85, 85);
        List<Change> changes = feed(HOT, 78, 79.9, 75.1, 76, 77, 78, 79, 78, 77, 76);
        assertEquals(List.of(), changes.stream().filter(c -> c == CLEAR).toList());
        assertEquals(Severity.WARNING, cut.openSeverity());
    }

    @Test
    void anInterruptedRecoveryStartsCountingAgain() {
        feed(HOT, 85, 85, 85);
        assertEquals(List.of(NONE, NONE, NONE, NONE, NONE, CLEAR), feed(HOT, 75, 75, 78, 75, 75, 75));
    }

    @Test
    void aCriticalAlertClearsDirectlyWhenTheValueDropsBelowWarning() {
        feed(HOT, 95, 95, 95);
        assertEquals(List.of(NONE, NONE, CLEAR), feed(HOT, 70, 70, 70));
        assertNull(cut.openSeverity());
    }

    @Test
    void aClearedAlertNeedsTheFullCountToBeRaisedAgain() {
        feed(HOT, 85, 85, 85, 70, 70, 70);
        assertEquals(List.of(NONE, NONE, RAISE), feed(HOT, 85, 85, 85));
    }

    @Test
    void belowComparisonRaisesEscalatesDeEscalatesAndClearsOnTheLowSide() {
        assertEquals(List.of(NONE, RAISE), feed(UNHEALTHY, 15, 15));
        assertEquals(Severity.WARNING, cut.openSeverity());
        assertEquals(List.of(CONTINUE, ESCALATE), feed(UNHEALTHY, 5, 5));
        assertEquals(Severity.CRITICAL, cut.openSeverity());
        assertEquals(List.of(CONTINUE, CONTINUE), feed(UNHEALTHY, 11, 11), "11 is within the hysteresis of 10");
        assertEquals(List.of(CONTINUE, DEESCALATE), feed(UNHEALTHY, 12, 15));
        assertEquals(Severity.WARNING, cut.openSeverity());
        assertEquals(List.of(NONE, NONE, NONE), feed(UNHEALTHY, 21, 21, 21), "21 is within the hysteresis of 20");
        assertEquals(List.of(NONE, CLEAR), feed(UNHEALTHY, 22, 30));
        assertNull(cut.openSeverity());
    }

    @Test
    void aConsecutiveCountBelowOneActsOnTheFirstReading() {
        AlertRule instant = new AlertRule("temperature_c", Comparison.ABOVE, 80, 90, 0, 5, null, "instant");
        assertEquals(List.of(RAISE, ESCALATE, DEESCALATE, CLEAR), feed(instant, 85, 95, 85, 70));
    }

    @Test
    void resetWithAnOpenSeverityRestoresAnAlertLoadedAtStartUp() {
        cut.reset(Severity.CRITICAL);
        assertEquals(Severity.CRITICAL, cut.openSeverity());
        assertEquals(List.of(NONE, NONE, CLEAR), feed(HOT, 70, 70, 70));
    }

    @Test
    void resetWithoutSeverityForgetsTheOpenAlertAndTheCounts() {
        feed(HOT, 85, 85, 85, 95, 95);
        cut.reset(null);
        assertNull(cut.openSeverity());
        assertEquals(List.of(NONE, NONE, RAISE), feed(HOT, 95, 95, 95), "the two earlier critical readings no longer count");
        assertEquals(Severity.CRITICAL, cut.openSeverity());
    }

    private List<Change> feed(AlertRule rule, double... values) {
        List<Change> changes = new ArrayList<>();
        for (double value : values) {
            changes.add(cut.next(rule, value));
        }
        return changes;
    }
}
