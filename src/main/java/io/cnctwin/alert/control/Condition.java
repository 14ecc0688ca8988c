package io.cnctwin.alert.control;

import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.AlertTransition.Kind;
import io.cnctwin.alert.entity.Severity;

/**
 * The running condition of one rule on one machine: how many readings in a row were beyond each threshold or back
 * inside, and the severity of the open alert if there is one. Decides what each new value means.
 */
public class Condition {

    /** What a new value does to the alert of this rule and machine. */
    public enum Change {
        NONE(null), RAISE(Kind.RAISED), CONTINUE(null), ESCALATE(Kind.ESCALATED), DEESCALATE(Kind.DEESCALATED),
        CLEAR(Kind.CLEARED);

        private final Kind recorded;

        Change(Kind recorded) {
            this.recorded = recorded;
        }

        /** The entry this change adds to the alert's history; null when it adds none. */
        public Kind recorded() {
            return recorded;
        }
    }

    private int beyondWarning;
    private int beyondCritical;
    private int belowCritical;
    private int recovered;
    private Severity open;

    /** Takes the next value; returns the change and updates the open severity accordingly. */
    public Change next(AlertRule rule, double value) {
        int needed = Math.max(1, rule.getConsecutiveCount());
        beyondWarning = rule.beyond(value, rule.getWarningThreshold()) ? beyondWarning + 1 : 0;
        beyondCritical = rule.beyond(value, rule.getCriticalThreshold()) ? beyondCritical + 1 : 0;
        belowCritical = rule.recovered(value, rule.getCriticalThreshold()) ? belowCritical + 1 : 0;
        recovered = rule.recovered(value, rule.getWarningThreshold()) ? recovered + 1 : 0;
        if (open == null) {
            return raiseIfSustained(needed);
        }
        if (recovered >= needed) {
            open = null;
            return Change.CLEAR;
        }
        if (open == Severity.WARNING && beyondCritical >= needed) {
            open = Severity.CRITICAL;
            return Change.ESCALATE;
        }
        if (open == Severity.CRITICAL && belowCritical >= needed) {
            open = Severity.WARNING;
            return Change.DEESCALATE;
        }
        return beyondWarning > 0 ? Change.CONTINUE : Change.NONE;
    }

    private Change raiseIfSustained(int needed) {
        if (beyondCritical >= needed) {
            open = Severity.CRITICAL;
        } else if (beyondWarning >= needed) {
            open = Severity.WARNING;
        } else {
            return Change.NONE;
        }
        return Change.RAISE;
    }

    /** The alert was opened (at start-up) or cleared (by hand) elsewhere. */
    public void reset(Severity openSeverity) {
        open = openSeverity;
        beyondWarning = 0;
        beyondCritical = 0;
        belowCritical = 0;
        recovered = 0;
    }

    public Severity openSeverity() {
        return open;
    }
}
