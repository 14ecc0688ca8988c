package io.cnctwin.alert.entity;

/** What may change on a rule at run time: everything but its metric and machine. */
public record RuleSettings(Comparison comparison, double warningThreshold, double criticalThreshold, int consecutiveCount,
                           double hysteresis, boolean enabled, String description) {
}
