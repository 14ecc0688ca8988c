package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.analytics.entity.TrendFinding;
import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The trend test on autocorrelated readings: AR(1) noise is rarely a trend, a real drift still is. */
class TrendAutocorrelationTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 0, 0);
    /** 24 hours at 2-minute sampling. */
    private static final int DAY = 720;
    private static final int SERIES = 1000;

    @Test
    void ar1NoiseIsRarelyATrend() {
        Random random = new Random(41);
        int significant = 0;
        int uncorrected = 0;
        for (int s = 0; s < SERIES; s++) {
            TrendEstimator cut = new TrendEstimator(4.5);
            TrendEstimator naive = TrendEstimator.uncorrected(4.5);
            feed(random, 0.95, 0, DAY, cut, naive);
            significant += cut.finding().significant() ? 1 : 0;
            uncorrected += naive.finding().significant() ? 1 : 0;
        }
        System.out.printf("AR(1) noise, phi 0.95, n %d: significant trend (95 %% CI excludes 0) %.1f %% "
                + "(uncorrected %.1f %%)%n", DAY, 100.0 * significant / SERIES, 100.0 * uncorrected / SERIES);
        // nominal 5 %
        assertTrue(significant <= 0.07 * SERIES, significant + " of " + SERIES);
        assertTrue(uncorrected > 0.5 * SERIES, "the uncorrected test should fail here: " + uncorrected);
    }

    @Test
    void residualAutocorrelationAndEffectiveSizeFollowAr1() {
        TrendEstimator cut = new TrendEstimator(4.5);
        feed(new Random(43), 0.9, 0.1, 50_000, cut, TrendEstimator.uncorrected(4.5));
        assertEquals(0.9, cut.residualLag1(), 0.01);
        // (1 - 0.9) / (1 + 0.9) = 0.0526
        assertEquals(0.0526, cut.effectiveN() / cut.n(), 0.004);
    }

    @Test
    void realDriftInAr1NoiseIsFoundWithAnInterval() {
        Random random = new Random(47);
        int found = 0;
        TrendFinding last = null;
        for (int s = 0; s < 100; s++) {
            TrendEstimator cut = new TrendEstimator(4.5);
            // 1 unit per day against AR(1) noise of standard deviation 0.1
            feed(random, 0.95, 1.0, DAY, cut, TrendEstimator.uncorrected(4.5));
            last = cut.finding();
            found += last.verdict().equals("rising trend") ? 1 : 0;
        }
        assertTrue(found >= 95, found + " of 100");
        assertNotNull(last.daysToThreshold());
        assertTrue(last.daysToThresholdLow() <= last.daysToThreshold()
                && last.daysToThreshold() <= last.daysToThresholdHigh(), last.toString());
        assertTrue(last.effectiveN() < 0.1 * last.n(), "n_eff " + last.effectiveN());
    }

    @Test
    void noIntervalWithoutASignificantTrend() {
        TrendEstimator cut = new TrendEstimator(4.5);
        feed(new Random(53), 0.95, 0, 30, cut, TrendEstimator.uncorrected(4.5));
        TrendFinding finding = cut.finding();
        if (!finding.significant()) {
            assertNull(finding.daysToThresholdLow());
            assertNull(finding.daysToThresholdHigh());
        }
        assertFalse(Double.isNaN(finding.effectiveN()));
    }

    /** AR(1) noise (stationary standard deviation 0.1) plus slope per day, sampled every 2 minutes. */
    private static void feed(Random random, double phi, double slopePerDay, int n, TrendEstimator... estimators) {
        double sigma = 0.1 * Math.sqrt(1 - phi * phi);
        double noise = 0.1 * random.nextGaussian();
        for (int i = 0; i < n; i++) {
            noise = phi * noise + sigma * random.nextGaussian();
            double value = 1.5 + slopePerDay * i / 720.0 + noise;
            for (TrendEstimator estimator : estimators) {
                estimator.add(START.plusMinutes(2L * i), value);
            }
        }
    }
}
