package io.cnctwin.alert.boundary;

import io.cnctwin.alert.control.Condition.Change;
import io.cnctwin.alert.control.Condition.Holds;
import io.cnctwin.alert.control.Condition;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Comparison;
import io.cnctwin.alert.entity.RuleSettings;
import io.cnctwin.alert.entity.Severity;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.cnctwin.alert.control.Condition.Change.CLEAR;
import static io.cnctwin.alert.control.Condition.Change.CONTINUE;
import static io.cnctwin.alert.control.Condition.Change.DEESCALATE;
import static io.cnctwin.alert.control.Condition.Change.ESCALATE;
import static io.cnctwin.alert.control.Condition.Change.NONE;
import static io.cnctwin.alert.control.Condition.Change.RAISE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Flapping suppression: a move up (raise, escalate) waits until the last {@code raise} minutes of data hold no reading
 * short of the threshold, a move down (de-escalate, clear) until the last {@code clear} minutes hold none short of the
 * recovery; on top of the rule's consecutive count, in data time whatever the sampling step.
 */
class HoldsTest {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 8, 0);
    /** A condition rule as shipped: 1 while shown, one reading raises and one clears. */
    static final AlertRule CONGESTION = new AlertRule("condition_network_congestion", Comparison.ABOVE, 0.5, 1, 1, 0, null,
            "congestion");
    static final AlertRule HOT = new AlertRule("temperature_c", Comparison.ABOVE, 80, 90, 3, 5, null, "hot");

    final Condition cut = new Condition();

    @Test
    void withoutHoldsAOneReadingGapClearsAndRaisesAgain() {
        assertEquals(List.of(RAISE, CLEAR, RAISE, CLEAR), feed(CONGESTION, Holds.NONE, 2, 1, 0, 1, 0));
    }

    @Test
    void aClearWaitsUntilTheLastTenMinutesHoldNoReadingShortOfTheRecovery() {
        Holds tenMinutes = Holds.ofMinutes(0, 10);
        // every 2 minutes: on at 0, off at 2..8 (the window from the last on reading, 0, is 8 minutes), on again at 10
        assertEquals(List.of(RAISE, NONE, NONE, NONE, NONE, CONTINUE), feed(CONGESTION, tenMinutes, 2, 1, 0, 0, 0, 0, 1));
        // off from 12: cleared at 20, ten minutes after the last on reading (10)
        assertEquals(List.of(NONE, NONE, NONE, NONE, CLEAR), feed(CONGESTION, tenMinutes, 2, 0, 0, 0, 0, 0));
        assertNull(cut.openSeverity());
    }

    @Test
    void theHoldIsInMinutesWhateverTheSamplingStep() {
        Holds tenMinutes = Holds.ofMinutes(0, 10);
        assertEquals(List.of(RAISE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, CLEAR),
                feed(CONGESTION, tenMinutes, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        cut.reset(null);
        at = null;
        assertEquals(List.of(RAISE, NONE, CLEAR), feed(CONGESTION, tenMinutes, 5, 1, 0, 0));
    }

    @Test
    void theCountStillApplies() {
        // a hold of 1 minute is met at once, the count of 3 readings back inside by 5 is not
        assertEquals(List.of(NONE, NONE, RAISE, NONE, NONE, CLEAR), feed(HOT, Holds.ofMinutes(0, 1), 2, 85, 85, 85, 70, 70, 70));
    }

    @Test
    void aRaiseWaitsUntilTheLastMinutesHoldNoReadingInside() {
        Holds sixMinutes = Holds.ofMinutes(6, 0);
        // 3 readings beyond at 2, 4, 6 after one inside at 0: six minutes since the last inside reading at 6
        assertEquals(List.of(NONE, NONE, NONE, RAISE), feed(HOT, sixMinutes, 2, 70, 85, 85, 85));
        cut.reset(null);
        at = null;
        // without a reading inside before the run, the window starts at the run's first reading
        assertEquals(List.of(NONE, NONE, NONE, RAISE), feed(HOT, sixMinutes, 2, 85, 85, 85, 85));
    }

    @Test
    void escalationIsHeldAsARaiseAndDeEscalationAsAClear() {
        Holds holds = Holds.ofMinutes(4, 10);
        feed(HOT, holds, 2, 70, 85, 85, 85);
        assertEquals(Severity.WARNING, cut.openSeverity());
        assertEquals(List.of(CONTINUE, CONTINUE, ESCALATE), feed(HOT, holds, 2, 95, 95, 95));
        // back at or below 85 from the next reading: three readings make the count, the hold takes 10 minutes
        assertEquals(List.of(CONTINUE, CONTINUE, CONTINUE, CONTINUE, DEESCALATE), feed(HOT, holds, 2, 84, 84, 84, 84, 84));
    }

    @Test
    void aGapInTheDataCountsAsTimeInTheWindow() {
        Holds tenMinutes = Holds.ofMinutes(0, 10);
        feed(CONGESTION, tenMinutes, 2, 1);
        at = at.plusHours(1);
        assertEquals(List.of(CLEAR), feed(CONGESTION, tenMinutes, 2, 0));
    }

    @Test
    void readingsWithoutATimeWaitForNoHold() {
        assertEquals(RAISE, cut.next(CONGESTION, 1));
        assertEquals(CLEAR, cut.next(CONGESTION, 0));
    }

    @Test
    void theRuleOwnHoldsWinOverTheFleetDefaults() {
        AlertEngine engine = new AlertEngine();
        assertEquals(Holds.NONE, engine.holds(HOT), "by default a rule without holds waits for its count alone");
        AlertRule own = new AlertRule("temperature_c", Comparison.ABOVE, 80, 90, 3, 5, 7, "own holds");
        own.update(new io.cnctwin.alert.entity.RuleSettings(Comparison.ABOVE, 80, 90, 3, 5, true, "own holds", 4.0, 30.0));
        assertEquals(Holds.ofMinutes(4, 30), engine.holds(own));
        engine.clearAfterMinutes = 10;
        assertEquals(Holds.ofMinutes(0, 10), engine.holds(HOT));
        assertEquals(Holds.ofMinutes(4, 30), engine.holds(own));
    }

    private LocalDateTime at;

    /** Feeds values {@code step} minutes apart, continuing from the last one fed. */
    private List<Change> feed(AlertRule rule, Holds holds, int step, double... values) {
        List<Change> changes = new ArrayList<>();
        for (double value : values) {
            at = at == null ? T0 : at.plusMinutes(step);
            changes.add(cut.next(rule, value, at, holds));
        }
        return changes;
    }
}
