package io.cnctwin.alert.entity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An alert as clients see it; times are ISO-8601 UTC. {@code eventMessage}: the words of the step this view is pushed
 * for (raised, escalated, de-escalated, acknowledged, cleared; docs/alert-messages.md), absent in queries, whose
 * alerts carry their steps' words in their history. {@code nativeCode} and {@code nativeSeverity}: a controller alarm's
 * own code and severity (null for other alerts).
 */
public record AlertView(long id, int machineId, long ruleId, String type, Severity severity, AlertState state,
                        Instant raisedAt, Instant lastSeenAt, Instant acknowledgedAt, String acknowledgedBy,
                        String comment, Instant clearedAt, String clearedBy, double value, double peakValue,
                        double threshold, String message, int occurrences, String eventMessage,
                        String nativeCode, String nativeSeverity) {

    public static AlertView of(Alert a) {
        return new AlertView(a.getId(), a.getMachineId(), a.getRuleId(), a.getType(), a.getSeverity(), a.getState(),
                utc(a.getRaisedAt()), utc(a.getLastSeenAt()), utc(a.getAcknowledgedAt()), a.getAcknowledgedBy(),
                a.getAckComment(), utc(a.getClearedAt()), a.getClearedBy(), a.getValue(), a.getPeakValue(),
                a.getThreshold(), a.getMessage(), a.getOccurrences(), a.getEventMessage(),
                a.getNativeAlarm() == null ? null : a.getNativeAlarm().getCode(),
                a.getNativeAlarm() == null ? null : a.getNativeAlarm().getSeverity());
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
