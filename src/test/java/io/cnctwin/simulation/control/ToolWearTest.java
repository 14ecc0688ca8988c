package io.cnctwin.simulation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ToolWearTest {

    @Test
    void wearGrowsWithLoadTimesCuttingTimeAndIsResetByAToolChange() {
        ToolWear cut = new ToolWear(800, 0);
        cut.cut(0.5, 160);
        assertEquals(0.1, cut.wear(), 1e-12);
        cut.cut(1.0, 80);
        assertEquals(0.2, cut.wear(), 1e-12);
        cut.replaceTool();
        assertEquals(0, cut.wear());
    }

    @Test
    void acceleratedWearReachesBreakageExactlyWhenDue() {
        ToolWear cut = new ToolWear(800, 0.3);
        for (int minute = 60; minute > 0; minute--) {
            cut.cutTowardBreakage(0.7, 1, minute);
        }
        assertEquals(1, cut.wear(), 1e-9);
    }

    @Test
    void fleetWearIsMonotoneBetweenMaintenancesAndResetByMaintenance() {
        LocalDateTime origin = LocalDateTime.of(2025, 1, 6, 0, 0);
        FleetModel cut = new FleetModel(5, 7, origin);
        double[] previous = new double[6];
        int resets = 0;
        for (int minute = 1; minute <= 2 * 1440; minute++) {
            for (Reading reading : cut.next(origin.plusMinutes(minute))) {
                double wear = cut.toolWear(reading.machineId());
                if (reading.mode() == OperationMode.MAINTENANCE) {
                    assertEquals(0, wear, "maintenance replaces the tool");
                    resets += previous[reading.machineId()] > 0 ? 1 : 0;
                } else {
                    assertTrue(wear >= previous[reading.machineId()], "wear never falls outside maintenance");
                }
                previous[reading.machineId()] = wear;
            }
        }
        assertTrue(resets >= 5, "tools were changed " + resets + " times in two days of five machines");
    }
}
