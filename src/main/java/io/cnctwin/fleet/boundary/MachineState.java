package io.cnctwin.fleet.boundary;

import io.cnctwin.alert.entity.AlertView;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.telemetry.entity.ReadingView;
import java.time.Instant;
import java.util.List;

/** A machine as it was at {@code at}: its status then, the reading in force (null if none) and the alerts open then. */
public record MachineState(int machineId, Instant at, MachineStatus status, ReadingView reading, List<AlertView> alerts) {
}
