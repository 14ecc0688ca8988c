package io.cnctwin.analytics.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.analytics.entity.CorrelationFinding;
import io.cnctwin.analytics.entity.Factor;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.analytics.entity.MachineAnalyticsSnapshot;
import io.cnctwin.analytics.entity.MachineCondition;
import io.cnctwin.analytics.entity.MaintenancePriority;
import io.cnctwin.analytics.entity.RiskLevel;
import io.cnctwin.analytics.entity.TrendFinding;
import io.cnctwin.reading.entity.EfficiencyStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaintenanceRankingTest {

    private static final TrendFinding NO_TREND = new TrendFinding(100, 0, -0.1, 0.1, false, 4.5, null, "no trend detected");
    private static final TrendFinding RISING = new TrendFinding(100, 0.3, 0.2, 0.4, true, 4.5, 2.0, "rising trend");

    private final MaintenanceRanking cut = new MaintenanceRanking();

    @Test
    void ranksByFailureProbabilityThenTimeToThreshold() {
        List<MaintenancePriority> ranking = cut.rank(List.of(
                machine(1, 0.02, List.of(), NO_TREND),
                machine(2, 0.40, List.of(hot()), NO_TREND),
                machine(3, 0.02, List.of(), RISING)));
        assertEquals(List.of(2, 3, 1), ranking.stream().map(MaintenancePriority::machineId).toList());
        assertEquals(1, ranking.get(0).rank());
        assertEquals(2.0, ranking.get(1).daysToThreshold());
        assertNull(ranking.get(2).daysToThreshold());
    }

    @Test
    void explainsInWords() {
        List<MaintenancePriority> ranking = cut.rank(List.of(
                machine(2, 0.40, List.of(hot()), NO_TREND), machine(3, 0.02, List.of(), RISING),
                machine(1, 0.02, List.of(), NO_TREND)));
        assertTrue(ranking.get(0).reason().startsWith("temperature 88.00 °C is above the critical limit"));
        assertEquals("tool wear: vibration trend +0.30 Hz/day, threshold in ~2.0 days", ranking.get(1).reason());
        assertEquals("no warning signs", ranking.get(2).reason());
    }

    @Test
    void quotesTheTimeToThresholdWithItsIntervalAndScope() {
        TrendFinding toolLife = new TrendFinding(300, 0.8, 0.5, 1.1, true, 4.5, 2.5, "rising trend", 20, 0.9, 1.8,
                4.0, "Active", null);
        List<MaintenancePriority> ranking = cut.rank(List.of(machine(4, 0.02, List.of(), toolLife)));
        assertEquals("tool wear: vibration trend +0.80 Hz/day (Active, since the last tool change), threshold in "
                + "~2.5 days (95 %: 1.8-4.0)", ranking.get(0).reason());
        assertEquals(1.8, ranking.get(0).daysToThresholdLow());
        assertEquals(4.0, ranking.get(0).daysToThresholdHigh());
    }

    private static Factor hot() {
        return new Factor("temperature_c", 88, 1.2, "temperature 88.00 °C is above the critical limit 85.00 °C");
    }

    private static MachineCondition machine(int id, double failure, List<Factor> factors, TrendFinding trend) {
        Indicators indicators = new Indicators(EfficiencyStatus.HIGH, 80.0, 10, RiskLevel.LOW, failure, 90,
                List.of(), factors, List.of(), List.of());
        CorrelationFinding none = new CorrelationFinding(0, 0, 1, "insufficient data", "negligible");
        MachineAnalyticsSnapshot snapshot = new MachineAnalyticsSnapshot(100, null, 0, 0, Map.of(), 0, 0, 0, 0, 0,
                trend, none, none, none, none);
        return new MachineCondition(id, indicators, snapshot);
    }
}
