package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.ActiveCondition;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.reading.entity.Reading;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** Puts efficiency, risk, failure probability and health of one reading together. */
public class IndicatorCalculator {

    private final OperatingLimits limits;
    private final EfficiencyScore efficiency = new EfficiencyScore();
    private final RiskCalculator risk = new RiskCalculator();
    private final FailureProbabilityModel failure = new FailureProbabilityModel();
    private final HealthIndexCalculator health;

    public IndicatorCalculator(OperatingLimits limits) {
        this.limits = limits;
        this.health = new HealthIndexCalculator(limits);
    }

    /** Indicators of a reading without history: no alarms, health from the reading's own values. */
    public Indicators assess(Reading reading) {
        return assess(reading, Set.of(), metric -> metric.of(reading), List.of());
    }

    /**
     * Indicators of a reading: efficiency by {@link EfficiencyScore}, risk by {@link RiskCalculator} and failure
     * probability by {@link FailureProbabilityModel} (both from the reading's exceedances and the raised alarms),
     * health by {@link HealthIndexCalculator} from {@code condition}; {@code faults} are passed through as the
     * active fault conditions.
     */
    public Indicators assess(Reading reading, Set<Detector> alarms, ToDoubleFunction<Metric> condition,
                             List<ActiveCondition> faults) {
        Exceedances exceedances = Exceedances.of(reading, limits);
        Risk currentRisk = risk.assess(exceedances, alarms);
        FailureEstimate failureEstimate = failure.assess(exceedances, alarms);
        Health currentHealth = health.assess(condition);
        return new Indicators(
                efficiency.status(reading),
                efficiency.score(reading),
                currentRisk.score(),
                currentRisk.level(),
                failureEstimate.probability(),
                currentHealth.index(),
                currentRisk.factors(),
                failureEstimate.factors(),
                currentHealth.factors(),
                List.copyOf(faults));
    }
}
