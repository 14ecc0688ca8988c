package io.cnctwin.simulation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.simulation.entity.FaultEpisode;
import io.cnctwin.simulation.entity.FaultKind;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetModelTest {

    static final LocalDateTime ORIGIN = LocalDateTime.of(2025, 1, 6, 0, 0);

    FleetModel cut = new FleetModel(12, 42, ORIGIN);

    @Test
    void sameSeedGivesIdenticalRowsAndAnotherSeedDifferentOnes() {
        List<Reading> first = run(new FleetModel(12, 42, ORIGIN), 600);
        List<Reading> again = run(new FleetModel(12, 42, ORIGIN), 600);
        List<Reading> other = run(new FleetModel(12, 43, ORIGIN), 600);
        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void overheatBendsTheNextReadingsOfThatMachineOnlyAndIsRecorded() {
        FleetModel untouched = new FleetModel(12, 42, ORIGIN);
        LocalDateTime start = ORIGIN.plusMinutes(61);
        run(cut, 60);
        run(untouched, 60);
        List<FaultEpisode> recorded = cut.inject(3, FaultKind.OVERHEAT, Duration.ofMinutes(90), start);

        List<Reading> faulty = run(cut, 60, 60);
        List<Reading> healthy = run(untouched, 60, 60);
        Reading hot = last(faulty, 3);
        assertEquals(OperationMode.ACTIVE, hot.mode(), "a cooling failure shows under cutting load");
        assertTrue(hot.temperatureC() > last(healthy, 3).temperatureC() + 10,
                hot.temperatureC() + " vs " + last(healthy, 3).temperatureC());
        assertTrue(hot.temperatureC() > 80, "after an hour of failed cooling: " + hot.temperatureC());
        assertEquals(last(healthy, 4), last(faulty, 4), "other machines are untouched");
        FaultEpisode episode = new FaultEpisode(3, FaultKind.OVERHEAT, start, start.plusMinutes(90));
        assertEquals(List.of(episode), recorded);
        assertEquals(List.of(episode), cut.groundTruth());
    }

    @Test
    void powerSpikeShowsInTheVeryNextReading() {
        FleetModel untouched = new FleetModel(12, 42, ORIGIN);
        run(cut, 30);
        run(untouched, 30);
        cut.inject(5, FaultKind.POWER_SPIKE, Duration.ofMinutes(15), ORIGIN.plusMinutes(31));
        Reading spiked = last(run(cut, 30, 1), 5);
        Reading normal = last(run(untouched, 30, 1), 5);
        assertTrue(spiked.powerKw() >= Math.min(10, normal.powerKw() + 2.4), spiked.powerKw() + " vs " + normal.powerKw());
    }

    @Test
    void congestionHitsTheWholeSegmentAndIsRecordedForEachMachine() {
        LocalDateTime start = ORIGIN.plusMinutes(1);
        List<FaultEpisode> recorded = cut.inject(4, FaultKind.NETWORK_CONGESTION, Duration.ofMinutes(30), start);
        List<Reading> readings = run(cut, 0, 10);
        assertEquals(10, recorded.size(), "machines 1..10 share a segment");
        assertTrue(readings.stream().filter(r -> r.machineId() <= 10).allMatch(r -> r.latencyMs() > 20 && r.packetLossPct() > 1));
        assertTrue(readings.stream().filter(r -> r.machineId() > 10).allMatch(r -> r.latencyMs() < 30));
    }

    @Test
    void refusesToStepBackInTimeOrToInjectIntoAnUnknownMachine() {
        run(cut, 10);
        assertThrows(IllegalArgumentException.class, () -> cut.next(ORIGIN.plusMinutes(10)));
        assertThrows(IllegalArgumentException.class,
                () -> cut.inject(13, FaultKind.OVERHEAT, Duration.ofMinutes(10), ORIGIN));
        assertThrows(IllegalArgumentException.class,
                () -> cut.inject(1, FaultKind.OVERHEAT, Duration.ZERO, ORIGIN));
    }

    static List<Reading> run(FleetModel fleet, int minutes) {
        return run(fleet, 0, minutes);
    }

    static List<Reading> run(FleetModel fleet, int fromMinute, int minutes) {
        List<Reading> readings = new ArrayList<>();
        for (int minute = fromMinute + 1; minute <= fromMinute + minutes; minute++) {
            readings.addAll(fleet.next(ORIGIN.plusMinutes(minute)));
        }
        return readings;
    }

    static Reading last(List<Reading> readings, int machineId) {
        return readings.stream().filter(r -> r.machineId() == machineId).reduce((a, b) -> b).orElseThrow();
    }
}
