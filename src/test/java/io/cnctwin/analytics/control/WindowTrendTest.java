package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Requirement: trends over a bounded window, adjusted for a covariate, with a standard error. */
class WindowTrendTest {

    @Test
    void findsTheSlopeOfALineWhateverTheCovariateDoes() {
        WindowTrend cut = new WindowTrend(10, true);
        for (int i = 0; i < 30; i++) {
            double power = 5 + Math.sin(i);
            cut.add(2.0 * i, power, 2 + 0.5 * (2.0 * i) + 3 * power);
        }
        assertEquals(0.5, cut.slope(), 1e-9);
        assertEquals(0, cut.standardError(), 1e-6);
        assertEquals(10, cut.size());
    }

    @Test
    void withoutAdjustmentTheCovariateIsIgnored() {
        WindowTrend cut = new WindowTrend(5, false);
        double[] values = {1, 3, 2, 4, 5};
        for (int i = 0; i < values.length; i++) {
            cut.add(i, 99 * i, values[i]);
        }
        // hand computed: t = 0..4, mean 2, Stt 10, Sty = (-2)(-2) + (-1)(0) + 0 + 1(1) + 2(2) = 9
        assertEquals(0.9, cut.slope(), 1e-12);
        // residuals: RSS = Syy - b Sty = 10 - 8.1 = 1.9, se = sqrt(1.9 / 3 / 10)
        assertEquals(Math.sqrt(1.9 / 30), cut.standardError(), 1e-12);
        assertEquals(0.9 - 2 * Math.sqrt(1.9 / 30), cut.lowerBound(2), 1e-12);
    }

    @Test
    void tooFewPointsGiveNoSlopeAndResetForgets() {
        WindowTrend cut = new WindowTrend(10, true);
        cut.add(0, 1, 1);
        cut.add(1, 2, 2);
        cut.add(2, 1, 3);
        cut.add(3, 2, 4);
        assertTrue(Double.isNaN(cut.slope()));
        cut.add(4, 1, 5);
        assertEquals(1, cut.slope(), 1e-9);
        cut.reset();
        assertEquals(0, cut.size());
        assertTrue(Double.isNaN(cut.slope()));
    }
}
