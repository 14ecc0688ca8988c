package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.analytics.entity.Factor;
import io.cnctwin.analytics.entity.FailurePrediction;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureProbabilityModelTest {

    private final FailureProbabilityModel shipped = FailureProbabilityModel.shipped();

    @Test
    void shippedCoefficientsLoadForBothHorizons() {
        List<FailurePrediction> predictions = shipped.assess(FailureFeatures.HEALTHY.clone(), true);
        assertEquals(2, predictions.size());
        assertEquals("PT24H", predictions.get(0).horizon());
        assertEquals(24, predictions.get(0).horizonHours());
        assertEquals("PT4H", predictions.get(1).horizon());
        for (FailurePrediction prediction : predictions) {
            assertTrue(prediction.sufficient());
            assertTrue(prediction.probability() > 0 && prediction.probability() < 1);
        }
        assertTrue(shipped.baseRate(0) > shipped.baseRate(1), "failing within a day is likelier than within 4 h");
    }

    @Test
    void factorsAreLogOddsContributionsAgainstAHealthyMachine() {
        double[] b = {-3, 0.1, 2, 0.3, 0.2, 0.5, 1.5, 2, 1.2, 1.0};
        FailureProbabilityModel model = new FailureProbabilityModel(new double[][] {b, b}, new double[] {0.1, 0.02});
        double[] x = {10, 0.6, 8.0, 3, 0.5, 0.4, 0.1, 0.5, 0.7};
        FailurePrediction p = model.predict(0, x);
        double logOdds = b[0];
        double healthy = b[0];
        for (int i = 0; i < x.length; i++) {
            logOdds += b[i + 1] * x[i];
            healthy += b[i + 1] * FailureFeatures.HEALTHY[i];
        }
        assertEquals(1 / (1 + Math.exp(-logOdds)), p.probability(), 1e-12);
        double sum = p.factors().stream().mapToDouble(Factor::contribution).sum();
        assertEquals(logOdds - healthy, sum, 0.01);
        for (int i = 1; i < p.factors().size(); i++) {
            assertTrue(p.factors().get(i - 1).contribution() >= p.factors().get(i).contribution());
        }
    }

    @Test
    void insufficientDataGivesTheBaseRateNeverNaN() {
        for (double[] features : new double[][] {null, {Double.NaN, 0, 6.5, 0, 0, 0, 0, 0, 0}, FailureFeatures.HEALTHY.clone()}) {
            List<FailurePrediction> predictions = shipped.assess(features, features != null && features[0] == 0);
            for (int h = 0; h < predictions.size(); h++) {
                FailurePrediction prediction = predictions.get(h);
                assertTrue(Double.isFinite(prediction.probability()));
                if (!prediction.sufficient()) {
                    assertEquals(FailurePrediction.INSUFFICIENT_DATA, prediction.status());
                    assertEquals(shipped.baseRate(h), prediction.probability(), 1e-12);
                    assertEquals("insufficient_data", prediction.factors().get(0).name());
                }
            }
        }
        assertFalse(shipped.assess(null, false).get(0).sufficient());
        assertFalse(shipped.assess(new double[] {Double.NaN, 0, 6.5, 0, 0, 0, 0, 0, 0}, true).get(0).sufficient());
    }

    @Test
    void probabilityRisesWithBearingDamageAtIdle() {
        double[] calm = FailureFeatures.HEALTHY.clone();
        double[] rough = calm.clone();
        rough[FailureFeatures.IDLE_VIBRATION] = 0.8;
        assertTrue(shipped.predict(0, rough).probability() > shipped.predict(0, calm).probability());
    }
}
