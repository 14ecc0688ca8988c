package io.cnctwin.monitoring.entity;

import java.time.Instant;
import java.util.Map;

/**
 * What an operator watches, at one instant. Totals count since the server started.
 * {@code readingsIngested}: readings stored by source (REPLAY, INGEST, IMPORT, SIMULATION);
 * {@code rowsSkipped}: rows that never reached the store (REPLAY: bad lines of the replay source since its last
 * start, seek or source change; INGEST: rejected items; IMPORT: rejected lines of finished jobs);
 * {@code alertsOpen}: active or acknowledged alerts by severity; {@code webSocketSlowSessionsClosed}: sessions
 * closed for not reading (queue full, messages dropped in a row); {@code replayRowsBehind}: data lines of the source
 * not yet replayed (0 for the live simulation); {@code replayDataTime}: the data time of the last replayed reading;
 * {@code replayLagSeconds}: how far that data time is behind the wall clock (null before the first reading).
 */
public record OperationalFigures(Map<String, Long> readingsIngested, Map<String, Long> rowsSkipped,
                                 Map<String, Long> alertsOpen, int webSocketSessions, long webSocketMessagesSent,
                                 long webSocketMessagesDropped, long webSocketSlowSessionsClosed, String replayState,
                                 long replayRowsBehind, Instant replayDataTime, Long replayLagSeconds) {
}
