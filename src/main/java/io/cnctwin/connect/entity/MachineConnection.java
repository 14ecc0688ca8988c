package io.cnctwin.connect.entity;

import java.time.Instant;

/**
 * A machine's connection health: ONLINE, or OFFLINE when nothing arrived for longer than {@code allowedSeconds}
 * (the configured multiple of its usual interval). {@code usualIntervalSeconds} is null until two batches arrived.
 */
public record MachineConnection(int machineId, String connection, Instant lastArrival, Double usualIntervalSeconds,
                                double silentSeconds, double allowedSeconds) {

    public static final String ONLINE = "ONLINE";
    public static final String OFFLINE = "OFFLINE";
}
