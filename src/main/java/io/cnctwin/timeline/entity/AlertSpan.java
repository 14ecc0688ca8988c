package io.cnctwin.timeline.entity;

import io.cnctwin.machine.entity.MachineStatus;
import java.time.Instant;

/**
 * An alert of a machine at one severity (WARNING or CRITICAL; OFFLINE for an offline episode) over [from, to);
 * {@code to} null while open.
 */
public record AlertSpan(int machineId, MachineStatus state, Instant from, Instant to) {
}
