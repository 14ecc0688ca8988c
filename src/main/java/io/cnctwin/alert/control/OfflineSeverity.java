package io.cnctwin.alert.control;

import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Severity;

/**
 * The severity of a machine_offline alert after {@code minutes} of silence: CRITICAL from the rule's critical
 * threshold, WARNING from its warning threshold (0: as soon as the machine is OFFLINE), none before.
 */
public final class OfflineSeverity {

    private OfflineSeverity() {
    }

    public static Severity of(AlertRule rule, double minutes) {
        if (minutes >= rule.getCriticalThreshold()) {
            return Severity.CRITICAL;
        }
        return minutes >= rule.getWarningThreshold() ? Severity.WARNING : null;
    }
}
