package io.cnctwin.live.control;

import io.cnctwin.analytics.entity.ActiveCondition;
import io.cnctwin.analytics.entity.Factor;
import io.cnctwin.analytics.entity.FailurePrediction;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.telemetry.entity.ReadingView;
import java.util.List;

/**
 * A reading's indicators rounded for the live feed, to one decimal more than the dashboard shows: scores (0 to 100) to
 * 0.01, probabilities to 0.0001 (0.01 %), factor and condition figures to 0.001. A full-detail message is mostly
 * these numbers, written with 17 digits each; fewer bytes is what makes a send to many sessions cheaper. The stored
 * values, the REST answers and the alert rules keep every digit; the sensor values are sent as read.
 */
public final class Rounded {

    private Rounded() {
    }

    public static ReadingView reading(ReadingView view) {
        Indicators i = view.indicators();
        if (i == null) {
            return view;
        }
        Indicators rounded = new Indicators(i.efficiencyStatus(),
                i.efficiencyScore() == null ? null : round(i.efficiencyScore(), 100), round(i.riskScore(), 100),
                i.riskLevel(), round(i.failureProbability(), 10_000), round(i.healthIndex(), 100), factors(i.riskFactors()),
                factors(i.failureFactors()), factors(i.healthFactors()), conditions(i.conditions()), i.failureHorizon(),
                i.failureProbability4h() == null ? null : round(i.failureProbability4h(), 10_000), i.failureStatus(),
                predictions(i.failurePredictions()));
        return new ReadingView(view.machineId(), view.timestamp(), view.operationMode(), view.temperatureC(),
                view.vibrationHz(), view.powerKw(), view.latencyMs(), view.packetLossPct(), view.defectRatePct(),
                view.productionSpeed(), view.maintenanceScore(), view.errorRatePct(), view.efficiencyLabel(), rounded);
    }

    static double round(double value, double scale) {
        return Double.isFinite(value) ? Math.round(value * scale) / scale : value;
    }

    private static List<Factor> factors(List<Factor> factors) {
        return factors == null ? null : factors.stream().map(f -> new Factor(f.name(), round(f.value(), 1000),
                round(f.contribution(), 1000), f.explanation())).toList();
    }

    private static List<ActiveCondition> conditions(List<ActiveCondition> conditions) {
        return conditions == null ? null : conditions.stream().map(c -> new ActiveCondition(c.condition(), c.detector(),
                round(c.value(), 1000), round(c.limit(), 1000), c.explanation())).toList();
    }

    private static List<FailurePrediction> predictions(List<FailurePrediction> predictions) {
        return predictions == null ? null : predictions.stream().map(p -> new FailurePrediction(p.horizon(),
                p.horizonHours(), round(p.probability(), 10_000), p.status(), factors(p.factors()))).toList();
    }
}
