package io.cnctwin.alert.boundary;

import io.cnctwin.alert.entity.AlertTransition;
import io.cnctwin.alert.entity.AlertView;
import io.cnctwin.alert.entity.Severity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** An alert with its escalation history, oldest step first. */
public record AlertDetails(AlertView alert, List<Step> events) {

    /**
     * One step: what happened, when (UTC), the severity and value after it, who did it ("system" for rules) and what
     * happened in words (docs/alert-messages.md; absent for steps stored before those words were kept).
     */
    public record Step(Instant at, AlertTransition.Kind event, Severity severity, double value, String actor,
                       String message) {

        static Step of(AlertTransition t) {
            return new Step(t.getOccurredAt().toInstant(ZoneOffset.UTC), t.getEvent(), t.getSeverity(), t.getValue(),
                    t.getActor(), t.getMessage());
        }
    }

    static AlertDetails of(AlertView alert, List<AlertTransition> history) {
        return new AlertDetails(alert, history.stream().map(Step::of).toList());
    }
}
