package io.cnctwin.alert.control;

import io.cnctwin.alert.entity.Comparison;
import io.cnctwin.alert.entity.RuleSettings;
import java.util.ArrayList;
import java.util.List;

/** The domain checks of a rule, beyond what each field says on its own: known metric, sane count, ordered thresholds. */
public class RuleValidation {

    static final int MAX_CONSECUTIVE = 1000;
    static final int MAX_DESCRIPTION = 200;
    /** The longest hold of a move, in minutes: a day. */
    static final double MAX_HOLD_MINUTES = 1440;

    /** One field of a rule and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    /** Everything wrong with a rule on {@code metric} with these settings; empty when it may be stored. */
    public List<Violation> check(String metric, RuleSettings settings) {
        List<Violation> violations = new ArrayList<>();
        if (metric == null || !RuleMetrics.known(metric)) {
            violations.add(new Violation("metric", "must be one of " + RuleMetrics.names()));
        }
        if (settings.comparison() == null) {
            violations.add(new Violation("comparison", "must be ABOVE or BELOW"));
        }
        if (settings.consecutiveCount() < 1 || settings.consecutiveCount() > MAX_CONSECUTIVE) {
            violations.add(new Violation("consecutiveCount", "must be 1 to " + MAX_CONSECUTIVE));
        }
        if (!(settings.hysteresis() >= 0) || Double.isInfinite(settings.hysteresis())) {
            violations.add(new Violation("hysteresis", "must be zero or more"));
        }
        if (settings.description() == null || settings.description().isBlank()
                || settings.description().length() > MAX_DESCRIPTION) {
            violations.add(new Violation("description", "must be 1 to " + MAX_DESCRIPTION + " characters"));
        }
        checkHold("raiseAfterMinutes", settings.raiseAfterMinutes(), violations);
        checkHold("clearAfterMinutes", settings.clearAfterMinutes(), violations);
        checkThresholds(settings, violations);
        return violations;
    }

    private static void checkHold(String field, Double minutes, List<Violation> violations) {
        if (minutes != null && !(minutes >= 0 && minutes <= MAX_HOLD_MINUTES)) {
            violations.add(new Violation(field, "must be 0 to " + (int) MAX_HOLD_MINUTES + " minutes"));
        }
    }

    private static void checkThresholds(RuleSettings settings, List<Violation> violations) {
        double warning = settings.warningThreshold();
        double critical = settings.criticalThreshold();
        if (!Double.isFinite(warning) || !Double.isFinite(critical)) {
            violations.add(new Violation("criticalThreshold", "thresholds must be finite numbers"));
        } else if (settings.comparison() == Comparison.ABOVE && warning > critical) {
            violations.add(new Violation("criticalThreshold", "must be at or above warningThreshold (" + warning
                    + ") for an ABOVE rule, not " + critical));
        } else if (settings.comparison() == Comparison.BELOW && warning < critical) {
            violations.add(new Violation("criticalThreshold", "must be at or below warningThreshold (" + warning
                    + ") for a BELOW rule, not " + critical));
        }
    }
}
