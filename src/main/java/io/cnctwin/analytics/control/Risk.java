package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.Factor;
import io.cnctwin.analytics.entity.RiskLevel;
import java.util.List;

/** A risk score 0..100, its level and the factors that drove it, largest first. */
public record Risk(double score, RiskLevel level, List<Factor> factors) {
}
