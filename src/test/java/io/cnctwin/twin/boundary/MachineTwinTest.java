package io.cnctwin.twin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.cnctwin.analytics.boundary.FleetCorrelations;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.twin.entity.MachineSnapshot;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class MachineTwinTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 8, 0);

    private final FleetCorrelations fleet = new FleetCorrelations();
    private final MachineTwin cut = new MachineTwin(7, fleet);

    @Test
    void observingFeedsOeeAndTheFleetCorrelations() {
        for (int i = 0; i < 5; i++) {
            observe(START.plusMinutes(10L * i), i < 2 ? OperationMode.ACTIVE : OperationMode.IDLE, 40 + i);
        }
        MachineSnapshot state = cut.state();
        assertEquals(0.5, state.oee().availability(), 1e-9);
        assertEquals(40, state.oee().plannedMinutes(), 1e-9);
        assertEquals(START.plusMinutes(40), state.lastReading());
        assertEquals(MachineStatus.IDLE, state.status());
        assertEquals(5, state.snapshot().readings());
        assertEquals(5, fleet.findings().temperatureVsErrors().n());
    }

    @Test
    void twinsShareOneFleetCorrelation() {
        MachineTwins twins = new MachineTwins();
        assertSame(twins.correlations(), twins.correlations());
        twins.of(1).observe(reading(1, START, OperationMode.ACTIVE, 50), indicators(), null);
        twins.of(2).observe(reading(2, START, OperationMode.ACTIVE, 60), indicators(), null);
        assertEquals(2, twins.correlations().findings().temperatureVsErrors().n());
    }

    @Test
    void aPresentHeardFromAnotherNodeReplacesAnOlderLatestButNotANewerOneAndLeavesTheAnalytics() {
        observe(START.plusMinutes(10), OperationMode.ACTIVE, 40);
        Indicators theirs = indicators();
        cut.heard(reading(7, START.plusMinutes(20), OperationMode.IDLE, 45), theirs, MachineStatus.WARNING);
        assertEquals(START.plusMinutes(20), cut.latest().timestamp());
        assertSame(theirs, cut.indicators());
        assertEquals(MachineStatus.WARNING, cut.status());
        assertEquals(1, cut.state().snapshot().readings(), "only what this node computed feeds its analytics");

        cut.heard(reading(7, START.plusMinutes(15), OperationMode.ACTIVE, 99), indicators(), MachineStatus.CRITICAL);
        assertEquals(START.plusMinutes(20), cut.latest().timestamp(), "an older present heard late changes nothing");
        assertEquals(MachineStatus.WARNING, cut.status());
    }

    private void observe(LocalDateTime at, OperationMode mode, double temperature) {
        Reading reading = reading(7, at, mode, temperature);
        cut.observe(reading, cut.analytics().assess(reading), null);
    }

    private static Reading reading(int machine, LocalDateTime at, OperationMode mode, double temperature) {
        return new Reading(machine, at, mode, temperature, 1, 5, 10, 0.5, 1, 450, 0.2, temperature / 10, null);
    }

    private static Indicators indicators() {
        return new MachineTwin(99).analytics().assess(reading(99, START, OperationMode.ACTIVE, 45));
    }
}
