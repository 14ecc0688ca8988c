package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.analytics.entity.CorrelationFinding;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CorrelationTest {

    @Test
    void linearSeriesHasRofOne() {
        Correlation cut = new Correlation();
        for (int i = 0; i < 100; i++) {
            cut.add(i, 3 * i + 1);
        }
        CorrelationFinding finding = cut.finding();
        assertEquals(1, finding.r(), 1e-12);
        assertEquals(100, finding.n());
        assertEquals(0, finding.pValue(), 1e-12);
        assertEquals("significant", finding.verdict());
        assertEquals("large", finding.effect());
    }

    @Test
    void decreasingLinearSeriesHasRofMinusOne() {
        Correlation cut = new Correlation();
        for (int i = 0; i < 10; i++) {
            cut.add(i, 5 - 2.0 * i);
        }
        assertEquals(-1, cut.r(), 1e-12);
    }

    @Test
    void independentUniformNoiseIsNegligibleAndNotSignificant() {
        Correlation cut = new Correlation();
        Random random = new Random(4);
        for (int i = 0; i < 100_000; i++) {
            cut.add(30 + 60 * random.nextDouble(), 15 * random.nextDouble());
        }
        CorrelationFinding finding = cut.finding();
        assertTrue(Math.abs(finding.r()) < 0.01, "r = " + finding.r());
        assertEquals("negligible", finding.effect());
        assertEquals("not significant", finding.verdict());
    }

    @Test
    void pValueMatchesTheTTable() {
        // t(0.975, 10) = 2.228 and t(0.995, 10) = 3.169
        assertEquals(0.05, StudentT.twoSidedP(2.228, 10), 0.002);
        assertEquals(0.01, StudentT.twoSidedP(3.169, 10), 0.001);
        assertEquals(0.05, StudentT.twoSidedP(1.96, 100_000), 0.0005);
    }

    @Test
    void tooFewPairsAreInsufficientData() {
        Correlation cut = new Correlation();
        cut.add(1, 2);
        cut.add(2, 4);
        assertEquals("insufficient data", cut.finding().verdict());
    }

    @Test
    void effectSizeFollowsCohen() {
        assertEquals("negligible", Correlation.effect(0.09));
        assertEquals("small", Correlation.effect(-0.1));
        assertEquals("medium", Correlation.effect(0.3));
        assertEquals("large", Correlation.effect(-0.5));
    }
}
