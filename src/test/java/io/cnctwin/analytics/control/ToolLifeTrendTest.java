package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.analytics.entity.TrendFinding;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ToolLifeTrendTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 0, 0);

    @Test
    void aToolChangeStartsANewTrend() {
        ToolLifeTrend cut = new ToolLifeTrend(4.5, Reading::vibrationHz);
        Random random = new Random(61);
        int minute = 0;
        // three tool lives: vibration climbs 1.0 -> 2.0 over 12 h of cutting, then a tool change drops it back
        for (int life = 0; life < 3; life++) {
            for (int i = 0; i < 360; i++, minute += 2) {
                cut.add(reading(minute, OperationMode.ACTIVE, 1.0 + i / 360.0 + 0.02 * random.nextGaussian()));
            }
            for (int i = 0; i < 30; i++, minute += 2) {
                cut.add(reading(minute, OperationMode.MAINTENANCE, 0.12));
            }
        }
        LocalDateTime lifeStart = START.plusMinutes(minute);
        for (int i = 0; i < 180; i++, minute += 2) {
            cut.add(reading(minute, OperationMode.ACTIVE, 1.0 + i / 360.0 + 0.02 * random.nextGaussian()));
        }
        TrendFinding finding = cut.finding();
        assertEquals(3, cut.toolChanges());
        assertEquals(180, finding.n());
        assertEquals("Active", finding.mode());
        assertEquals(lifeStart.toInstant(ZoneOffset.UTC), finding.since());
        assertEquals("rising trend", finding.verdict());
        // 1 Hz per 12 h
        assertEquals(2.0, finding.slopePerDay(), 0.3);
        assertNotNull(finding.daysToThresholdLow());
    }

    @Test
    void idleReadingsDoNotBendTheActiveTrend() {
        ToolLifeTrend cut = new ToolLifeTrend(4.5, Reading::vibrationHz);
        Random random = new Random(67);
        int minute = 0;
        for (int cycle = 0; cycle < 8; cycle++) {
            for (int i = 0; i < 60; i++, minute += 2) {
                cut.add(reading(minute, OperationMode.ACTIVE, 1.3 + 0.05 * random.nextGaussian()));
            }
            // idling grows longer through the day: a mixed-mode line would fall
            for (int i = 0; i < 10 + 10 * cycle; i++, minute += 2) {
                cut.add(reading(minute, OperationMode.IDLE, 0.35 + 0.02 * random.nextGaussian()));
            }
        }
        assertEquals("no trend detected", cut.finding().verdict());
        assertEquals("Idle", cut.finding(OperationMode.IDLE).mode());
    }

    @Test
    void duringMaintenanceTheActiveTrendIsInsufficientData() {
        ToolLifeTrend cut = new ToolLifeTrend(4.5, Reading::vibrationHz);
        for (int i = 0; i < 100; i++) {
            cut.add(reading(2 * i, OperationMode.ACTIVE, 1 + i * 0.01));
        }
        cut.add(reading(200, OperationMode.MAINTENANCE, 0.12));
        TrendFinding finding = cut.finding();
        assertEquals("insufficient data", finding.verdict());
        assertTrue(finding.daysToThreshold() == null && finding.since() == null);
    }

    @Test
    void badInputGivesInsufficientDataOrFiniteFigures() {
        ToolLifeTrend single = new ToolLifeTrend(4.5, Reading::vibrationHz);
        single.add(reading(0, OperationMode.ACTIVE, 1.2));
        assertEquals("insufficient data", single.finding().verdict());

        ToolLifeTrend sameTime = new ToolLifeTrend(4.5, Reading::vibrationHz);
        for (int i = 0; i < 5; i++) {
            sameTime.add(reading(0, OperationMode.ACTIVE, 1 + i));
        }
        assertEquals("insufficient data", sameTime.finding().verdict());

        ToolLifeTrend messy = new ToolLifeTrend(4.5, Reading::vibrationHz);
        int[] minutes = {10, 2, 30, 4, 400, 6, 8, 2000, 12, 14};
        for (int i = 0; i < minutes.length; i++) {
            messy.add(reading(minutes[i], OperationMode.ACTIVE, i == 3 ? Double.NaN
                    : i == 5 ? Double.POSITIVE_INFINITY : 1 + 0.1 * i));
        }
        TrendFinding finding = messy.finding();
        assertEquals(8, finding.n());
        for (double figure : new double[] {finding.slopePerDay(), finding.ciLowPerDay(), finding.ciHighPerDay(),
            finding.effectiveN(), finding.residualLag1()}) {
            assertTrue(Double.isFinite(figure), finding.toString());
        }
    }

    private static Reading reading(int minute, OperationMode mode, double vibration) {
        return new Reading(1, START.plusMinutes(minute), mode, 50, vibration, 5, 5, 0.1, 0.5, 400, 0.2, 1, null);
    }
}
