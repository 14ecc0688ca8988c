package io.cnctwin.fleet.boundary;

import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.telemetry.entity.ReadingView;
import java.time.Instant;

/** A machine with its status and its latest reading and indicators. */
public record MachineView(int id, String name, MachineStatus status, Instant lastReadingAt, ReadingView latest) {
}
