package io.cnctwin.timeline.entity;

import io.cnctwin.machine.entity.MachineStatus;
import java.time.Instant;

/**
 * A stretch of data time in which a machine did not run: consecutive IDLE, MAINTENANCE and OFFLINE intervals;
 * {@code state} is the one that took most of it.
 */
public record Stop(Instant from, Instant to, double minutes, MachineStatus state) {
}
