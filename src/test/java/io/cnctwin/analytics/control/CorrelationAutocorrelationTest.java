package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cnctwin.analytics.entity.CorrelationFinding;
import io.cnctwin.reading.entity.Reading;
import java.io.IOException;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The correlation test on autocorrelated series: independent ones stay "not significant", real dependence is found. */
class CorrelationAutocorrelationTest {

    /** 24 hours at 2-minute sampling. */
    private static final int DAY = 720;
    private static final int PAIRS = 1000;

    @Test
    void independentAr1SeriesAreRarelySignificant() {
        Random random = new Random(17);
        int significant = 0;
        int uncorrected = 0;
        for (int pair = 0; pair < PAIRS; pair++) {
            Correlation cut = correlate(random, 0.95, 0.95, 0, DAY);
            significant += cut.finding().verdict().equals("significant") ? 1 : 0;
            uncorrected += cut.uncorrectedPValue() < Correlation.ALPHA ? 1 : 0;
        }
        System.out.printf("independent AR(1) pairs, phi 0.95, n %d: significant at alpha 0.01 %.1f %% "
                + "(uncorrected t test %.1f %%)%n", DAY, 100.0 * significant / PAIRS, 100.0 * uncorrected / PAIRS);
        assertTrue(significant <= 0.02 * PAIRS, significant + " of " + PAIRS + " significant");
        assertTrue(uncorrected > 0.4 * PAIRS, "the uncorrected test should fail here: " + uncorrected);
    }

    @Test
    void effectiveSizeFollowsBartlett() {
        Correlation cut = correlate(new Random(3), 0.95, 0.95, 0, 100_000);
        // n (1 - 0.9025) / (1 + 0.9025) = 0.0512 n
        assertEquals(0.0512, cut.effectiveN() / cut.n(), 0.004);
        assertEquals(0.95, cut.lag1X(), 0.005);
    }

    @Test
    void realDependenceIsStillFound() {
        Random random = new Random(23);
        int found = 0;
        for (int pair = 0; pair < 100; pair++) {
            // y = 0.6 x + noise: rho about 0.6, both series AR(1) with phi 0.95
            found += correlate(random, 0.95, 0.95, 0.6, DAY).finding().verdict().equals("significant") ? 1 : 0;
        }
        assertTrue(found >= 90, found + " of 100 dependent pairs found");
    }

    @Test
    void pooledMachinesFormLagPairsWithinAMachine() {
        Random random = new Random(29);
        double[] x = new double[4];
        double[] y = new double[4];
        Correlation cut = new Correlation();
        for (int step = 0; step < 2000; step++) {
            for (int machine = 0; machine < 4; machine++) {
                x[machine] = 0.95 * x[machine] + random.nextGaussian();
                y[machine] = 0.95 * y[machine] + random.nextGaussian();
                cut.add(machine, x[machine], y[machine]);
            }
        }
        assertEquals(0.95, cut.lag1X(), 0.02);
        assertEquals(0.95, cut.lag1Y(), 0.02);
    }

    @Test
    void whiteNoiseKeepsItsSampleSize() {
        Correlation cut = correlate(new Random(31), 0, 0, 0, 5000);
        assertTrue(cut.effectiveN() > 0.99 * cut.n(), "n_eff " + cut.effectiveN());
    }

    @Test
    void realRowsOfThePublicFileStayNotSignificant() throws IOException {
        assumeTrue(ExcerptRows.available(), "the excerpt of the public data set is not at " + ExcerptRows.FILE);
        DatasetSummary summary = new DatasetSummary();
        for (Reading row : ExcerptRows.read()) {
            summary.add(row);
        }
        for (Map.Entry<String, CorrelationFinding> entry : summary.correlations().entrySet()) {
            assertEquals("not significant", entry.getValue().verdict(), entry.getKey() + ": " + entry.getValue());
        }
    }

    /** Two AR(1) series started in their stationary distribution; y = coupling x + sqrt(1 - coupling^2) noise. */
    static Correlation correlate(Random random, double phiX, double phiY, double coupling, int n) {
        Correlation cut = new Correlation();
        double x = random.nextGaussian() / Math.sqrt(1 - phiX * phiX);
        double z = random.nextGaussian() / Math.sqrt(1 - phiY * phiY);
        for (int i = 0; i < n; i++) {
            x = phiX * x + random.nextGaussian();
            z = phiY * z + random.nextGaussian();
            double y = coupling * x * Math.sqrt((1 - phiX * phiX) / (1 - phiY * phiY))
                    + Math.sqrt(1 - coupling * coupling) * z;
            cut.add(x, y);
        }
        return cut;
    }
}
