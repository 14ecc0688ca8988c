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
    void factorsAreLogOddsContributionsAgainstAHealthyMachinePerFailureMode() {
        int modes = FailureProbabilityModel.MODES.length;
        double[][][] b = new double[2][modes][FailureFeatures.NAMES.length + 1];
        for (double[][] horizon : b) {
            for (int m = 0; m < modes; m++) {
                horizon[m][0] = -3 - m;
                for (int feature : FailureProbabilityModel.MODE_FEATURES[m]) {
                    horizon[m][feature + 1] = 0.5 + 0.1 * feature;
                }
            }
        }
        FailureProbabilityModel model = new FailureProbabilityModel(b, new double[] {0.1, 0.02});
        double[] x = {10, 0.6, 8.0, 3, 0.5, 0.4, 0.1, 0.5, 0.7, 0.9};
        FailurePrediction p = model.predict(0, x);
        double survives = 1;
        double sumOfContributions = 0;
        for (int m = 0; m < modes; m++) {
            double logOdds = b[0][m][0];
            double healthy = b[0][m][0];
            for (int i = 0; i < x.length; i++) {
                logOdds += b[0][m][i + 1] * x[i];
                healthy += b[0][m][i + 1] * FailureFeatures.HEALTHY[i];
            }
            assertEquals(1 / (1 + Math.exp(-logOdds)), model.modeProbability(0, m, x), 1e-12);
            survives *= 1 - 1 / (1 + Math.exp(-logOdds));
            sumOfContributions += logOdds - healthy;
        }
        assertEquals(1 - survives, p.probability(), 1e-12, "the machine fails unless no mode fails");
        double sum = p.factors().stream().mapToDouble(Factor::contribution).sum();
        assertEquals(sumOfContributions, sum, 0.01);
        assertEquals(p.factors().size(), p.factors().stream().map(Factor::name).distinct().count(),
                "every feature belongs to one mode: one factor per feature");
        for (int i = 1; i < p.factors().size(); i++) {
            assertTrue(p.factors().get(i - 1).contribution() >= p.factors().get(i).contribution());
        }
    }

    @Test
    void theCoolingFailureRisesWithFouling() {
        double[] clean = FailureFeatures.HEALTHY.clone();
        double[] fouled = clean.clone();
        fouled[FailureFeatures.COOLING_FOULING] = 1.0;
        int cooling = java.util.Arrays.asList(FailureProbabilityModel.MODES).indexOf("COOLING_FAILURE");
        for (int h = 0; h < FailureProbabilityModel.HORIZONS.length; h++) {
            assertTrue(shipped.modeProbability(h, cooling, fouled) > 10 * shipped.modeProbability(h, cooling, clean));
            assertTrue(shipped.predict(h, fouled).factors().get(0).explanation().contains("cooling failure"));
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
