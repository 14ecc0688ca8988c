package io.cnctwin.simulation.control;

import io.cnctwin.reading.entity.EfficiencyStatus;

/** The public data set's labelling rule, applied to the values exactly as they are written. */
public final class EfficiencyRule {

    private EfficiencyRule() {
    }

    public static EfficiencyStatus classify(double errorRatePct, double productionSpeed) {
        if (errorRatePct < 2 && productionSpeed > 400) {
            return EfficiencyStatus.HIGH;
        }
        if (errorRatePct < 5 && productionSpeed > 200) {
            return EfficiencyStatus.MEDIUM;
        }
        return EfficiencyStatus.LOW;
    }
}
