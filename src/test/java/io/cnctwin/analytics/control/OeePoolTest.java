package io.cnctwin.analytics.control;

import io.cnctwin.analytics.boundary.OeeCalculator;
import io.cnctwin.analytics.entity.Oee;
import io.cnctwin.reading.entity.OperationMode;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OeePoolTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 8, 0);

    @Test
    void poolingEqualsOneCalculatorOverAllIntervals() {
        OeeCalculator first = new OeeCalculator();
        OeeCalculator second = new OeeCalculator();
        OeeCalculator both = new OeeCalculator();
        feed(first, both, 1, new OperationMode[] {OperationMode.ACTIVE, OperationMode.IDLE, OperationMode.ACTIVE},
                new double[] {400, 50, 300}, new double[] {2, 0, 4});
        feed(second, null, 2, new OperationMode[] {OperationMode.ACTIVE, OperationMode.MAINTENANCE, OperationMode.IDLE},
                new double[] {250, 0, 0}, new double[] {6, 0, 0});
        // the single calculator sees the second machine's intervals after the first's
        feed(both, null, 3, new OperationMode[] {OperationMode.ACTIVE, OperationMode.MAINTENANCE, OperationMode.IDLE},
                new double[] {250, 0, 0}, new double[] {6, 0, 0});
        Oee pooled = OeePool.pool(List.of(first.overall(), second.overall()));
        Oee expected = both.overall();
        assertEquals(expected.availability(), pooled.availability(), 1e-9);
        assertEquals(expected.performance(), pooled.performance(), 1e-9);
        assertEquals(expected.quality(), pooled.quality(), 1e-9);
        assertEquals(expected.oee(), pooled.oee(), 1e-9);
        assertEquals(expected.plannedMinutes(), pooled.plannedMinutes(), 1e-9);
    }

    @Test
    void nothingPlannedIsUndefined() {
        Oee pooled = OeePool.pool(List.of(new OeeCalculator().overall()));
        assertTrue(Double.isNaN(pooled.oee()));
        assertEquals(0, pooled.plannedMinutes());
    }

    /**
     * Three 10-minute intervals of one machine on the given day, then a closing Maintenance reading, so the gap to
     * another machine's block in a shared calculator counts as planned downtime, not as time of either machine.
     */
    private static void feed(OeeCalculator target, OeeCalculator also, int day, OperationMode[] modes,
                             double[] speeds, double[] defects) {
        LocalDateTime time = START.plusDays(day);
        for (int i = 0; i <= modes.length; i++) {
            int at = Math.min(i, modes.length - 1);
            OperationMode mode = i < modes.length ? modes[i] : OperationMode.MAINTENANCE;
            var reading = ReadingBuilder.healthy().at(time.plusMinutes(10L * i)).mode(mode).speed(speeds[at])
                    .defectRate(defects[at]).build();
            target.add(reading);
            if (also != null) {
                also.add(reading);
            }
        }
    }
}
