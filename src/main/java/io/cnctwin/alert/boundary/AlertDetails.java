package io.cnctwin.alert.boundary;

import io.cnctwin.alert.entity.AlertTransition;
import io.cnctwin.alert.entity.AlertView;
import io.cnctwin.alert.entity.Severity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** An alert with its escalation history, oldest step first. */
public record AlertDetails(AlertView alert, List<Step> events) {

    /** One step: what happened, when (UTC), the severity and value after it, and who did it ("system" for rules). */
    public record Step(Instant at, AlertTransition.Kind event, Severity severity, double value, String actor) {

        static Step of(AlertTransition t) {
            return new Step(t.getOccurredAt().toInstant(ZoneOffset.UTC), t.getEvent(), t.getSeverity(), t.getValue(),
                    t.getActor());
        }
    }

    static AlertDetails of(AlertView alert, List<AlertTransition> history) {
        return new AlertDetails(alert, history.stream().map(Step::of).toList());
    }
}
