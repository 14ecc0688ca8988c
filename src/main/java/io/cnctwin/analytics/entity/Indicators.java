package io.cnctwin.analytics.entity;

import io.cnctwin.telemetry.entity.EfficiencyStatus;
import java.util.List;

/**
 * What the calculation derives from one reading and the machine's history so far.
 * Each score comes with the factors that drove it, largest first.
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
        List<Factor> healthFactors) {
}
