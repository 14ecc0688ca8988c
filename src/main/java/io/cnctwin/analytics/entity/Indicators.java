package io.cnctwin.analytics.entity;

import io.cnctwin.reading.entity.EfficiencyStatus;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;

/**
 * What the calculation derives from one reading and the machine's history so far.
 * Each score comes with the factors that drove it, largest first; {@code conditions} are the fault conditions the
 * machine shows now (empty when none, or when the indicators were read back from the store), each explained.
 * {@code failureProbability} is P(failure within {@code failureHorizon}, ISO-8601, 24 h), {@code failureProbability4h}
 * the same within 4 h; {@code failureStatus} OK or INSUFFICIENT_DATA (then both are the base rate, never NaN);
 * {@code failurePredictions} both with their factors (log-odds contributions). {@code efficiencyStatus} and
 * {@code efficiencyScore} are null when the reading lacked a value they need (error rate, production speed, defect
 * rate): not measured, not 0.
 */
public record Indicators(
        @JsonbNillable EfficiencyStatus efficiencyStatus,
        @JsonbNillable Double efficiencyScore,
        double riskScore,
        RiskLevel riskLevel,
        double failureProbability,
        double healthIndex,
        List<Factor> riskFactors,
        List<Factor> failureFactors,
        List<Factor> healthFactors,
        List<ActiveCondition> conditions,
        String failureHorizon,
        Double failureProbability4h,
        String failureStatus,
        List<FailurePrediction> failurePredictions) {

    /** The constructor JSON-B reads indicators back with (another node's, heard through the live relay). */
    @JsonbCreator
    public Indicators {
    }

    /**
     * Indicators without the horizon-bound predictions (read back from the store, or built by older callers):
     * {@code failureProbability} is taken as the 24-hour one, the 4-hour one is unknown.
     */
    public Indicators(EfficiencyStatus efficiencyStatus, Double efficiencyScore, double riskScore, RiskLevel riskLevel,
                      double failureProbability, double healthIndex, List<Factor> riskFactors,
                      List<Factor> failureFactors, List<Factor> healthFactors, List<ActiveCondition> conditions) {
        this(efficiencyStatus, efficiencyScore, riskScore, riskLevel, failureProbability, healthIndex, riskFactors,
                failureFactors, healthFactors, conditions, "PT24H", null, null, List.of());
    }

    /**
     * The scores without the factors that explain them (the factor lists and the per-horizon predictions empty; the
     * flat failure fields and the active conditions kept): what a
     * fleet view shows, about a third of a full reading message's JSON.
     */
    public Indicators summary() {
        return new Indicators(efficiencyStatus, efficiencyScore, riskScore, riskLevel, failureProbability, healthIndex,
                List.of(), List.of(), List.of(), conditions, failureHorizon, failureProbability4h, failureStatus,
                List.of());
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
