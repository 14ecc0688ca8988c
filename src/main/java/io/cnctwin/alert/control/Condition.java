package io.cnctwin.alert.control;

import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.AlertTransition.Kind;
import io.cnctwin.alert.entity.Severity;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The running condition of one rule on one machine: how many readings in a row were beyond each threshold or back
 * inside, since when, and the severity of the open alert if there is one. Decides what each new value means.
 * <p>
 * Besides the rule's consecutive count, a move may have to wait for a hold in data time ({@link Holds}): up
 * (raise, escalate) once the last {@code raise} minutes of data hold no reading short of the threshold, down
 * (de-escalate, clear) once the last {@code clear} minutes hold no reading short of the recovery (threshold less the
 * hysteresis). The window starts at the last reading on the other side, or at the run's first reading when none is
 * known (a machine's first readings, after a restart). Readings without a time (and holds of zero) wait for nothing.
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

    /** How long in data time a move up (raise, escalate) and a move down (de-escalate, clear) must be held. */
    public record Holds(Duration raise, Duration clear) {

        public static final Holds NONE = new Holds(Duration.ZERO, Duration.ZERO);

        /** Holds of whole and fractional minutes; negative or NaN counts as zero. */
        public static Holds ofMinutes(double raise, double clear) {
            return new Holds(minutes(raise), minutes(clear));
        }

        private static Duration minutes(double minutes) {
            return minutes > 0 ? Duration.ofMillis(Math.round(minutes * 60_000)) : Duration.ZERO;
        }
    }

    /** One run of readings in a row on one side of a threshold: how many, since when, and the last reading before it. */
    public static final class Run {
        private int count;
        private LocalDateTime first;
        private LocalDateTime lastOutside;

        void next(boolean inside, LocalDateTime at) {
            if (inside) {
                count++;
                if (count == 1) {
                    first = at;
                }
            } else {
                count = 0;
                first = null;
                lastOutside = at;
            }
        }

        void reset() {
            count = 0;
            first = null;
            lastOutside = null;
        }

        /** True when the window of the last {@code hold} up to {@code at} holds only readings of this run. */
        boolean held(Duration hold, LocalDateTime at) {
            if (hold.isZero() || at == null) {
                return true;
            }
            LocalDateTime from = lastOutside != null ? lastOutside : first;
            return from != null && Duration.between(from, at).compareTo(hold) >= 0;
        }

        /** Readings in the run. */
        public int count() {
            return count;
        }

        /** From the run's first reading to {@code at}; null when the times are unknown. */
        public Duration span(LocalDateTime at) {
            return first == null || at == null ? null : Duration.between(first, at);
        }
    }

    private final Run beyondWarning = new Run();
    private final Run beyondCritical = new Run();
    private final Run belowCritical = new Run();
    private final Run recovered = new Run();
    private Severity open;

    /** Takes the next value, its time unknown and without holds; returns the change and updates the open severity. */
    public Change next(AlertRule rule, double value) {
        return next(rule, value, null, Holds.NONE);
    }

    /** Takes the next value at {@code at} (data time); returns the change and updates the open severity accordingly. */
    public Change next(AlertRule rule, double value, LocalDateTime at, Holds holds) {
        int needed = Math.max(1, rule.getConsecutiveCount());
        beyondWarning.next(rule.beyond(value, rule.getWarningThreshold()), at);
        beyondCritical.next(rule.beyond(value, rule.getCriticalThreshold()), at);
        belowCritical.next(rule.recovered(value, rule.getCriticalThreshold()), at);
        recovered.next(rule.recovered(value, rule.getWarningThreshold()), at);
        if (open == null) {
            return raiseIfSustained(needed, at, holds);
        }
        if (recovered.count >= needed && recovered.held(holds.clear(), at)) {
            open = null;
            return Change.CLEAR;
        }
        if (open == Severity.WARNING && beyondCritical.count >= needed && beyondCritical.held(holds.raise(), at)) {
            open = Severity.CRITICAL;
            return Change.ESCALATE;
        }
        if (open == Severity.CRITICAL && belowCritical.count >= needed && belowCritical.held(holds.clear(), at)) {
            open = Severity.WARNING;
            return Change.DEESCALATE;
        }
        return beyondWarning.count > 0 ? Change.CONTINUE : Change.NONE;
    }

    private Change raiseIfSustained(int needed, LocalDateTime at, Holds holds) {
        if (beyondCritical.count >= needed && beyondCritical.held(holds.raise(), at)) {
            open = Severity.CRITICAL;
        } else if (beyondWarning.count >= needed && beyondWarning.held(holds.raise(), at)) {
            open = Severity.WARNING;
        } else {
            return Change.NONE;
        }
        return Change.RAISE;
    }

    /** The alert was opened (at start-up) or cleared (by hand) elsewhere. */
    public void reset(Severity openSeverity) {
        open = openSeverity;
        beyondWarning.reset();
        beyondCritical.reset();
        belowCritical.reset();
        recovered.reset();
    }

    public Severity openSeverity() {
        return open;
    }

    /** The run that made {@code change} (the readings beyond, or back inside, the threshold it crossed); null for none. */
    public Run runOf(Change change, Severity severity) {
        return switch (change) {
            case RAISE -> severity == Severity.CRITICAL ? beyondCritical : beyondWarning;
            case ESCALATE -> beyondCritical;
            case DEESCALATE -> belowCritical;
            case CLEAR -> recovered;
            default -> null;
        };
    }
}
