package io.cnctwin.alert.entity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** An alert as clients see it; times are ISO-8601 UTC. */
public record AlertView(long id, int machineId, long ruleId, String type, Severity severity, AlertState state,
                        Instant raisedAt, Instant lastSeenAt, Instant acknowledgedAt, String acknowledgedBy,
                        String comment, Instant clearedAt, String clearedBy, double value, double peakValue,
                        double threshold, String message, int occurrences) {

    public static AlertView of(Alert a) {
        return new AlertView(a.getId(), a.getMachineId(), a.getRuleId(), a.getType(), a.getSeverity(), a.getState(),
                utc(a.getRaisedAt()), utc(a.getLastSeenAt()), utc(a.getAcknowledgedAt()), a.getAcknowledgedBy(),
                a.getAckComment(), utc(a.getClearedAt()), a.getClearedBy(), a.getValue(), a.getPeakValue(),
                a.getThreshold(), a.getMessage(), a.getOccurrences());
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
