package io.cnctwin.analytics.entity;

import io.cnctwin.reading.entity.EfficiencyStatus;
import java.util.List;

/**
 * What the calculation derives from one reading and the machine's history so far.
 * Each score comes with the factors that drove it, largest first; {@code conditions} are the fault conditions the
 * machine shows now (empty when none, or when the indicators were read back from the store), each explained.
 */
public record Indicators(
        EfficiencyStatus efficiencyStatus,
        double efficiencyScore,
        double riskScore,
        RiskLevel riskLevel,
        double failureProbability,
        double healthIndex,
        List<Factor> riskFactors,
        List<Factor> failureFactors,
        List<Factor> healthFactors,
        List<ActiveCondition> conditions) {

    /**
     * The scores without the factors that explain them (the factor lists empty, the active conditions kept): what a
     * fleet view shows, about a third of a full reading message's JSON.
     */
    public Indicators summary() {
        return new Indicators(efficiencyStatus, efficiencyScore, riskScore, riskLevel, failureProbability, healthIndex,
                List.of(), List.of(), List.of(), conditions);
    }

    /** True when {@code condition} is among the active conditions. */
    public boolean shows(FaultCondition condition) {
        for (ActiveCondition active : conditions) {
            if (active.condition() == condition) {
                return true;
            }
        }
        return false;
    }

    /** The active condition of this kind, or null. */
    public ActiveCondition condition(FaultCondition condition) {
        for (ActiveCondition active : conditions) {
            if (active.condition() == condition) {
                return active;
            }
        }
        return null;
    }
}
