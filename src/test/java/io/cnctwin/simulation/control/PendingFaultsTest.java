package io.cnctwin.simulation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.reading.entity.EfficiencyStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.simulation.entity.FaultKind;
import io.cnctwin.simulation.entity.FaultRequest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingFaultsTest {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 8, 0);

    PendingFaults cut = new PendingFaults(List.of(
            new FaultRequest(1, FaultKind.POWER_SPIKE, T0, Duration.ofMinutes(15)),
            new FaultRequest(2, FaultKind.SENSOR_DRIFT, T0, Duration.ofHours(2)),
            new FaultRequest(3, FaultKind.OVERHEAT, T0, Duration.ofHours(30))), T0.plusDays(1));

    @Test
    void loadFaultWaitsUntilTheMachineHasBeenCuttingForTenMinutes() {
        cut.observe(List.of(reading(1, T0.minusMinutes(1), OperationMode.IDLE)));
        List<FaultRequest> first = cut.dueAt(T0);
        assertEquals(List.of(FaultKind.SENSOR_DRIFT), first.stream().map(FaultRequest::kind).toList(),
                "a sensor drifts whatever the machine does; the overheat ends after the horizon and is dropped");

        cut.observe(List.of(reading(1, T0, OperationMode.ACTIVE)));
        assertTrue(cut.dueAt(T0.plusMinutes(5)).isEmpty());
        List<FaultRequest> later = cut.dueAt(T0.plusMinutes(10));
        assertEquals(List.of(new FaultRequest(1, FaultKind.POWER_SPIKE, T0.plusMinutes(10), Duration.ofMinutes(15))), later);
    }

    static Reading reading(int machineId, LocalDateTime at, OperationMode mode) {
        return new Reading(machineId, at, mode, 50, 1, 5, 5, 0.1, 0.5, 400, 0.1, 1, EfficiencyStatus.MEDIUM);
    }
}
