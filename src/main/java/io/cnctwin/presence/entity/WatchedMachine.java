package io.cnctwin.presence.entity;

import java.time.LocalDateTime;

/** A machine the leader watches: the data time of its newest reading (UTC) and its connection health. */
public record WatchedMachine(int machineId, LocalDateTime lastReadingAt, MachinePresence presence) {
}
