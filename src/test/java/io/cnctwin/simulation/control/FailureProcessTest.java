package io.cnctwin.simulation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.simulation.entity.FailureEvent;
import io.cnctwin.simulation.entity.FailureKind;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FailureProcessTest {

    static final LocalDateTime ORIGIN = LocalDateTime.of(2025, 1, 6, 0, 0);

    private static List<Reading> run(FleetModel fleet, int minutes, int step) {
        List<Reading> readings = new ArrayList<>();
        for (int m = step; m <= minutes; m += step) {
            readings.addAll(fleet.next(ORIGIN.plusMinutes(m)));
        }
        return readings;
    }

    @Test
    void failuresAreDeterministicPerSeedAndStopProductionUntilRepaired() {
        FleetModel first = new FleetModel(20, 7, ORIGIN);
        FleetModel again = new FleetModel(20, 7, ORIGIN);
        List<Reading> readings = run(first, 4 * 1440, 5);
        run(again, 4 * 1440, 5);
        List<FailureEvent> failures = first.failures();
        assertEquals(failures, again.failures());
        assertFalse(failures.isEmpty(), "20 machines over 4 days fail a few times");
        for (FailureEvent failure : failures) {
            for (Reading reading : readings) {
                if (reading.machineId() == failure.machineId() && failure.covers(reading.timestamp())) {
                    assertEquals(OperationMode.MAINTENANCE, reading.mode(), "down at " + reading.timestamp());
                }
            }
        }
    }

    @Test
    void hazardsRiseWithTheirDegradationAndVanishWhenTheSpindleStands() {
        Degradation fresh = new Degradation(new SplittableRandom(1));
        fresh.replaceBearing();
        fresh.flushCoolant();
        Degradation worn = new Degradation(new SplittableRandom(1));
        for (int hour = 0; hour < 400; hour++) {
            worn.step(true, true, 0.9, 70, 60);
        }
        Map<FailureKind, Double> low = FailureHazard.hazards(true, true, 0.1, fresh);
        Map<FailureKind, Double> high = FailureHazard.hazards(true, true, 0.74, worn);
        for (FailureKind kind : FailureKind.values()) {
            assertTrue(high.get(kind) > low.get(kind), kind + " " + low.get(kind) + " -> " + high.get(kind));
        }
        FailureHazard.hazards(false, false, 0.74, worn).values().forEach(h -> assertEquals(0, h, 1e-15));
        assertEquals(0, FailureHazard.randomHazard(false), 1e-15);
    }

    @Test
    void degradationIsExactForAnyStepLength() {
        Degradation oneStep = new Degradation(new SplittableRandom(3));
        Degradation manySteps = new Degradation(new SplittableRandom(3));
        oneStep.step(true, true, 0.9, 50, 120);
        for (int i = 0; i < 120; i++) {
            manySteps.step(true, true, 0.9, 50, 1);
        }
        assertEquals(oneStep.bearing(), manySteps.bearing(), 1e-4);
        assertEquals(oneStep.fouling(), manySteps.fouling(), 1e-12);
        assertEquals(oneStep.overloadMinutes(), manySteps.overloadMinutes(), 1e-9);
    }
}
