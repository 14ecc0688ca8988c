package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.ActiveCondition;
import io.cnctwin.analytics.entity.FailurePrediction;
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
    private final FailureProbabilityModel failure = FailureProbabilityModel.shipped();
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
        return assess(reading, alarms, condition, faults, failure.assess(null, false));
    }

    /**
     * As above with the failure predictions of the machine's {@link FailureFeatures} (24 h first, then 4 h): risk by
     * {@link RiskCalculator} from the 24-hour probability and the current severity.
     */
    public Indicators assess(Reading reading, Set<Detector> alarms, ToDoubleFunction<Metric> condition,
                             List<ActiveCondition> faults, List<FailurePrediction> predictions) {
        Exceedances exceedances = Exceedances.of(reading, limits);
        FailurePrediction day = predictions.get(0);
        FailurePrediction shortTerm = predictions.get(1);
        Risk currentRisk = risk.assess(day.probability(), shortTerm.probability(), exceedances, alarms, faults);
        Health currentHealth = health.assess(condition);
        return new Indicators(
                efficiency.status(reading),
                efficiency.score(reading),
                currentRisk.score(),
                currentRisk.level(),
                day.probability(),
                currentHealth.index(),
                currentRisk.factors(),
                day.factors(),
                currentHealth.factors(),
                List.copyOf(faults),
                day.horizon(),
                shortTerm.probability(),
                day.status(),
                predictions);
    }
}
