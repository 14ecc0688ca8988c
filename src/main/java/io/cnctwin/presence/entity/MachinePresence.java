package io.cnctwin.presence.entity;

import java.time.Instant;

/**
 * A machine's connection health: {@code ONLINE}, or {@code OFFLINE} when its source sent nothing for longer than
 * {@code allowedSeconds} (the expected interval). {@code lastArrival}: when its newest reading was committed;
 * {@code usualIntervalSeconds}: the usual interval between those commits (null until two arrived);
 * {@code silentSeconds}: the silence the decision counted (for a replayed machine, measured on the replay's own
 * progress; for a live source, from the twin's start at the earliest); {@code source}: the newest reading's source.
 */
public record MachinePresence(int machineId, String connection, Instant lastArrival, Double usualIntervalSeconds,
                              double silentSeconds, double allowedSeconds, String source) {

    public static final String ONLINE = "ONLINE";
    public static final String OFFLINE = "OFFLINE";

    public boolean offline() {
        return OFFLINE.equals(connection);
    }
}
