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

class TrendEstimatorTest {

    private static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 0, 0);

    @Test
    void exactLineGivesItsSlopeAndTimeToThreshold() {
        TrendEstimator cut = new TrendEstimator(4.5);
        for (int day = 0; day <= 10; day++) {
            cut.add(START.plusDays(day), 1 + 0.1 * day);
        }
        TrendFinding finding = cut.finding();
        assertEquals(0.1, finding.slopePerDay(), 1e-9);
        assertTrue(finding.significant());
        assertEquals("rising trend", finding.verdict());
        // at day 10 the line is at 2.0; 2.5 more at 0.1 per day
        assertEquals(25, finding.daysToThreshold(), 1e-6);
    }

    @Test
    void clearDriftInNoiseIsSignificant() {
        TrendEstimator cut = new TrendEstimator(4.5);
        Random random = new Random(5);
        for (int hour = 0; hour < 60 * 24; hour++) {
            cut.add(START.plusHours(hour), 1 + 0.05 * hour / 24.0 + (random.nextDouble() - 0.5) * 0.4);
        }
        TrendFinding finding = cut.finding();
        assertTrue(finding.significant());
        assertEquals(0.05, finding.slopePerDay(), 0.001);
        assertTrue(finding.ciLowPerDay() < finding.slopePerDay() && finding.slopePerDay() < finding.ciHighPerDay());
        assertTrue(finding.ciLowPerDay() > 0);
        assertNotNull(finding.daysToThreshold());
        // the line reaches 4 at day 60: 0.5 more takes about 10 days
        assertEquals(10, finding.daysToThreshold(), 1);
    }

    @Test
    void uniformNoiseShowsNoTrend() {
        TrendEstimator cut = new TrendEstimator(4.5);
        Random random = new Random(6);
        for (int i = 0; i < 2000; i++) {
            cut.add(START.plusMinutes(50L * i), 0.1 + 4.9 * random.nextDouble());
        }
        TrendFinding finding = cut.finding();
        assertFalse(finding.significant());
        assertEquals("no trend detected", finding.verdict());
        assertNull(finding.daysToThreshold());
    }

    @Test
    void fallingTrendHasNoTimeToThreshold() {
        TrendEstimator cut = new TrendEstimator(4.5);
        for (int day = 0; day < 10; day++) {
            cut.add(START.plusDays(day), 4 - 0.2 * day + (day % 2) * 0.01);
        }
        assertEquals("falling trend", cut.finding().verdict());
        assertNull(cut.finding().daysToThreshold());
    }

    @Test
    void fewValuesAreInsufficientData() {
        TrendEstimator cut = new TrendEstimator(4.5);
        cut.add(START, 1);
        cut.add(START.plusDays(1), 2);
        assertEquals("insufficient data", cut.finding().verdict());
    }
}
