package io.cnctwin.timeline.entity;

import io.cnctwin.machine.entity.MachineStatus;
import java.time.Instant;

/**
 * Consecutive readings of one machine in one operation mode, none further from the one before than the offline gap:
 * the database's answer, one row per run instead of one per reading. {@code state} is RUNNING, IDLE or MAINTENANCE.
 */
public record ModeRun(int machineId, MachineStatus state, Instant first, Instant last, long readings) {
}
