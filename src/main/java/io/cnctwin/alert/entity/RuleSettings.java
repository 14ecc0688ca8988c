package io.cnctwin.alert.entity;

/**
 * What may change on a rule at run time: everything but its metric and machine. {@code raiseAfterMinutes} and
 * {@code clearAfterMinutes}: how long in data time a move up (raise, escalate) and a move down (de-escalate, clear)
 * must be held before it is made (docs/alert-messages.md); null: the fleet default.
 */
public record RuleSettings(Comparison comparison, double warningThreshold, double criticalThreshold, int consecutiveCount,
                           double hysteresis, boolean enabled, String description, Double raiseAfterMinutes,
                           Double clearAfterMinutes) {

    /** Settings with the fleet default holds. */
    public RuleSettings(Comparison comparison, double warningThreshold, double criticalThreshold, int consecutiveCount,
                        double hysteresis, boolean enabled, String description) {
        this(comparison, warningThreshold, criticalThreshold, consecutiveCount, hysteresis, enabled, description, null,
                null);
    }

    /** These settings, a hold they leave open (null) taken from {@code current}: a client that does not know them keeps them. */
    public RuleSettings keepingHoldsOf(RuleSettings current) {
        return new RuleSettings(comparison, warningThreshold, criticalThreshold, consecutiveCount, hysteresis, enabled,
                description, raiseAfterMinutes != null ? raiseAfterMinutes : current.raiseAfterMinutes(),
                clearAfterMinutes != null ? clearAfterMinutes : current.clearAfterMinutes());
    }
}
