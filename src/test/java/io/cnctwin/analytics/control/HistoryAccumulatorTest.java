package io.cnctwin.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.analytics.entity.HistoryAnalytics;
import io.cnctwin.reading.entity.OperationMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class HistoryAccumulatorTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 23, 40);

    private final HistoryAccumulator cut = new HistoryAccumulator();

    private HistoryAnalytics result() {
        return cut.result(7, START, START.plusHours(1), false);
    }

    @Test
    void sumsEnergyUnitsAndKwhPerUnit() {
        // Active 10 min at 6 kW and 300 units/h, Idle 10 min at 2 kW, then one more reading
        cut.add(ReadingBuilder.healthy().at(START).power(6).speed(300).build());
        cut.add(ReadingBuilder.healthy().at(START.plusMinutes(10)).power(2).mode(OperationMode.IDLE).build());
        cut.add(ReadingBuilder.healthy().at(START.plusMinutes(20)).build());
        HistoryAnalytics result = result();
        assertEquals(1.0, result.energy().kwhByMode().get("ACTIVE"), 1e-9);
        assertEquals(2.0 / 6, result.energy().kwhByMode().get("IDLE"), 1e-9);
        assertEquals(0.0, result.energy().kwhByMode().get("MAINTENANCE"), 1e-9);
        assertEquals(50, result.energy().unitsProduced(), 1e-9);
        assertEquals((1 + 2.0 / 6) / 50, result.energy().kwhPerUnit(), 1e-9);
    }

    @Test
    void countsOverheatingAndSummarisesErrorRate() {
        double[] temperatures = {60, 80, 82, 60};
        double[] errors = {1, 6, 12, 1};
        for (int i = 0; i < temperatures.length; i++) {
            cut.add(ReadingBuilder.healthy().at(START.plusMinutes(5L * i)).temperature(temperatures[i])
                    .errorRate(errors[i]).build());
        }
        HistoryAnalytics result = result();
        assertEquals(4, result.readings());
        assertEquals(10, result.overheating().minutes(), 1e-9);
        assertEquals(1, result.overheating().episodes());
        assertEquals(5, result.errorRate().meanPct(), 1e-9);
        assertEquals(1, result.errorRate().minPct());
        assertEquals(12, result.errorRate().maxPct());
        assertEquals(50, result.errorRate().aboveWarningSharePct(), 1e-9);
        assertEquals(25, result.errorRate().aboveCriticalSharePct(), 1e-9);
    }

    @Test
    void reportsRangeReadingTimesAndOeePerUtcDay() {
        cut.add(ReadingBuilder.healthy().at(START).speed(500).build());
        cut.add(ReadingBuilder.healthy().at(START.plusMinutes(10)).speed(500).build());
        cut.add(ReadingBuilder.healthy().at(START.plusMinutes(20)).mode(OperationMode.IDLE).build());
        cut.add(ReadingBuilder.healthy().at(START.plusMinutes(30)).build());
        HistoryAnalytics result = result();
        assertEquals(Instant.parse("2025-01-06T23:40:00Z"), result.from());
        assertEquals(Instant.parse("2025-01-07T00:40:00Z"), result.to());
        assertEquals(Instant.parse("2025-01-06T23:40:00Z"), result.firstReading());
        assertEquals(Instant.parse("2025-01-07T00:10:00Z"), result.lastReading());
        assertEquals(2.0 / 3, result.oee().availability(), 1e-9);
        assertEquals(2, result.oeeByDay().size());
        assertEquals(LocalDate.of(2025, 1, 6), result.oeeByDay().get(0).day());
        assertEquals(1.0, result.oeeByDay().get(0).oee().availability(), 1e-9);
        assertEquals(0.0, result.oeeByDay().get(1).oee().availability(), 1e-9);
        assertNull(result.oeeByDay().get(1).oee().performance(), "no Active time: undefined, not NaN");
    }

    @Test
    void emptyPeriodHasNoFiguresButNoNaN() {
        HistoryAnalytics result = result();
        assertEquals(0, result.readings());
        assertNull(result.firstReading());
        assertNull(result.errorRate().meanPct());
        assertNull(result.energy().kwhPerUnit());
        assertNull(result.oee().oee());
        assertFalse(result.vibrationTrend().significant());
        assertEquals("insufficient data", result.correlations().temperatureVsErrors().verdict());
    }

    @Test
    void findsARisingVibrationTrendAndCorrelations() {
        for (int i = 0; i < 200; i++) {
            double wear = 1 + 0.01 * i + 0.05 * Math.sin(i);
            cut.add(ReadingBuilder.healthy().at(START.plusMinutes(2L * i)).vibration(wear)
                    .temperature(50 + i % 20).errorRate(1 + 0.2 * (i % 20)).build());
        }
        HistoryAnalytics result = result();
        assertTrue(result.vibrationTrend().significant());
        assertTrue(result.vibrationTrend().daysToThreshold() > 0);
        assertEquals("significant", result.correlations().temperatureVsErrors().verdict());
        assertEquals(1.0, result.correlations().temperatureVsErrors().r(), 1e-9);
    }
}
