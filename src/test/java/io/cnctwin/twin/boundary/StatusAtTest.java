package io.cnctwin.twin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cnctwin.alert.entity.Severity;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status at an instant is derived as the live twin derives it (state?at requirement). */
class StatusAtTest {

    static Reading reading(OperationMode mode) {
        return new Reading(7, LocalDateTime.of(2025, 1, 6, 12, 0), mode, 60, 2, 6, 18, 1, 3, 400, 0.6, 4, null);
    }

    @Test
    void withoutAReadingInForceTheMachineWasOffline() {
        assertEquals(MachineStatus.OFFLINE, StatusAt.of(null, List.of()));
    }

    @Test
    void withoutOpenAlertsTheOperationModeDecides() {
        assertEquals(MachineStatus.RUNNING, StatusAt.of(reading(OperationMode.ACTIVE), List.of()));
        assertEquals(MachineStatus.IDLE, StatusAt.of(reading(OperationMode.IDLE), List.of()));
        assertEquals(MachineStatus.MAINTENANCE, StatusAt.of(reading(OperationMode.MAINTENANCE), List.of()));
    }

    @Test
    void theWorstOpenAlertOverridesTheMode() {
        assertEquals(MachineStatus.WARNING, StatusAt.of(reading(OperationMode.IDLE), List.of(Severity.WARNING)));
        assertEquals(MachineStatus.CRITICAL, StatusAt.of(reading(OperationMode.ACTIVE),
                List.of(Severity.WARNING, Severity.CRITICAL, Severity.WARNING)));
        assertEquals(MachineStatus.CRITICAL, StatusAt.of(reading(OperationMode.MAINTENANCE), List.of(Severity.CRITICAL)));
    }
}
