package io.cnctwin.alert.control;

import io.cnctwin.alert.entity.AlertMessages;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Severity;
import java.time.LocalDateTime;

/** What an alert's history says about one of its steps. */
public final class TransitionWords {

    private TransitionWords() {
    }

    /**
     * The words of a step: a condition rule's raise, escalation and de-escalation carry the analytics' explanation,
     * its clear says for how long the condition is no longer shown; a metric rule's name the threshold crossed, the
     * run of readings that crossed it and the value ({@link AlertMessages}).
     */
    public static String of(Condition.Change change, AlertRule rule, Severity severity, double value, Condition.Run run,
                        LocalDateTime at, String explanation) {
        if (run == null) {
            return null;
        }
        int readings = run.count();
        java.time.Duration span = run.span(at);
        if (RuleMetrics.isCondition(rule.getMetric())) {
            if (change == Condition.Change.CLEAR) {
                return AlertMessages.conditionCleared(rule, readings, span);
            }
            if (explanation != null) {
                return explanation;
            }
        }
        return switch (change) {
            case RAISE -> AlertMessages.raised(rule, severity, value, readings, span);
            case ESCALATE -> AlertMessages.escalated(rule, value, readings, span);
            case DEESCALATE -> AlertMessages.deescalated(rule, value, readings, span);
            case CLEAR -> AlertMessages.cleared(rule, value, readings, span);
            default -> null;
        };
    }
}
