package io.cnctwin.presence.entity;

/**
 * What the machines table says of a machine's newest reading: when it was committed (epoch ms), the usual interval
 * between commits (ms, null until two arrived), its source (a ReadingSource name) and its own time (data time, epoch
 * ms, UTC).
 */
public record Arrival(int machineId, long lastArrivalMs, Double intervalMs, String source, long lastReadingMs) {
}
