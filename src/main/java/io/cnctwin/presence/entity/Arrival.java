package io.cnctwin.presence.entity;

/**
 * What the machines table says of a machine's newest reading: when it was committed (epoch ms), the usual interval
 * between commits (ms, null until two arrived) and its source (a ReadingSource name).
 */
public record Arrival(int machineId, long lastArrivalMs, Double intervalMs, String source) {
}
