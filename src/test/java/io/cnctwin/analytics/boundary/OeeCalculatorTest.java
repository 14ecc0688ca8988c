package io.cnctwin.analytics.boundary;

import io.cnctwin.analytics.control.ReadingBuilder;
import io.cnctwin.analytics.entity.Oee;
import io.cnctwin.reading.entity.OperationMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OeeCalculatorTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 23, 50);

    private final OeeCalculator cut = new OeeCalculator();

    private void add(int minute, OperationMode mode, double speed, double defectPct) {
        cut.add(ReadingBuilder.healthy().at(START.plusMinutes(minute)).mode(mode).speed(speed).defectRate(defectPct).build());
    }

    @Test
    void availabilityPerformanceQualityOfKnownIntervals() {
        // Active 10 min at 400 units/h with 2 % defects, Active 10 min at 300 with 6 %, Idle 10, Maintenance 10
        add(0, OperationMode.ACTIVE, 400, 2);
        add(10, OperationMode.ACTIVE, 300, 6);
        add(20, OperationMode.IDLE, 50, 0);
        add(30, OperationMode.MAINTENANCE, 50, 0);
        add(40, OperationMode.ACTIVE, 450, 1);
        Oee oee = cut.overall();
        assertEquals(20.0 / 30, oee.availability(), 1e-9);
        assertEquals(350.0 / 500, oee.performance(), 1e-9);
        // units 66.67 and 50, defective 1.333 + 3
        assertEquals(1 - (400 / 6.0 * 0.02 + 50 * 0.06) / (400 / 6.0 + 50), oee.quality(), 1e-9);
        assertEquals(oee.availability() * oee.performance() * oee.quality(), oee.oee(), 1e-12);
        assertEquals(30, oee.plannedMinutes(), 1e-9);
    }

    @Test
    void accumulatesPerUtcDay() {
        add(0, OperationMode.ACTIVE, 500, 0);   // 23:50 on the 6th
        add(10, OperationMode.IDLE, 50, 0);     // 00:00 on the 7th
        add(20, OperationMode.ACTIVE, 500, 0);
        Map<LocalDate, Oee> days = cut.byDay();
        assertEquals(1.0, days.get(LocalDate.of(2025, 1, 6)).oee(), 1e-9);
        assertEquals(0.0, days.get(LocalDate.of(2025, 1, 7)).availability(), 1e-9);
        assertTrue(Double.isNaN(days.get(LocalDate.of(2025, 1, 7)).performance()));
    }

    @Test
    void capsLongGaps() {
        add(0, OperationMode.IDLE, 50, 0);
        add(120, OperationMode.ACTIVE, 500, 0);
        assertEquals(10, cut.overall().plannedMinutes(), 1e-9);
    }
}
