package io.cnctwin.alert.boundary;

import io.cnctwin.alert.control.RuleMetrics;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.Comparison;

/**
 * A rule as clients see it; machineId null means fleet-wide. Send {@code version} back with an update. {@code kind} is
 * CONDITION for a rule on a fault condition of the analytics (metric {@code condition_*}, 1 while shown), EVENT for a
 * rule raised by events rather than readings ({@code machine_offline}, {@code controller_alarm}), else METRIC.
 * {@code raiseAfterMinutes}, {@code clearAfterMinutes}: the rule's holds in data time; absent: the fleet defaults.
 */
public record AlertRuleView(long id, String kind, String metric, Integer machineId, Comparison comparison, double warningThreshold,
                            double criticalThreshold, int consecutiveCount, double hysteresis, boolean enabled,
                            String description, long version, Double raiseAfterMinutes, Double clearAfterMinutes) {

    static AlertRuleView of(AlertRule r) {
        String kind = RuleMetrics.isCondition(r.getMetric()) ? "CONDITION" : RuleMetrics.isEvent(r.getMetric()) ? "EVENT" : "METRIC";
        return new AlertRuleView(r.getId(), kind, r.getMetric(), r.getMachineId(), r.getComparison(), r.getWarningThreshold(),
                r.getCriticalThreshold(), r.getConsecutiveCount(), r.getHysteresis(), r.isEnabled(), r.getDescription(),
                r.getVersion(), r.getRaiseAfterMinutes(), r.getClearAfterMinutes());
    }
}
