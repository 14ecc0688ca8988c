package io.cnctwin.alert.entity;

import jakarta.persistence.*;
import java.time.LocalDateTime;

/** One alert of one machine and rule, from raise to clear. All times UTC. */
@Entity
@Table(name = "alerts")
@NamedQuery(name = Alert.OPEN, query = "SELECT a FROM Alert a WHERE a.state <> io.cnctwin.alert.entity.AlertState.CLEARED")
@NamedQuery(name = Alert.OPEN_BY_SEVERITY, query = "SELECT a.severity, COUNT(a) FROM Alert a"
        + " WHERE a.state <> io.cnctwin.alert.entity.AlertState.CLEARED GROUP BY a.severity")
@NamedQuery(name = Alert.OPEN_AT, query = "SELECT a FROM Alert a WHERE a.machineId = :machine AND a.raisedAt <= :at"
        + " AND (a.clearedAt IS NULL OR a.clearedAt > :at) ORDER BY a.raisedAt, a.id")
public class Alert {

    public static final String OPEN = "Alert.open";
    public static final String OPEN_BY_SEVERITY = "Alert.openBySeverity";
    /** A machine's alerts open at an instant: raised at or before it, not cleared by then. */
    public static final String OPEN_AT = "Alert.openAt";

    @Id
    @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
    private Long id;
    @Column(name = "machine_id")
    private int machineId;
    @Column(name = "rule_id")
    private long ruleId;
    @Column(nullable = false)
    private String type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertState state;
    @Column(name = "raised_at", nullable = false)
    private LocalDateTime raisedAt;
    @Column(name = "last_seen_at", nullable = false)
    private LocalDateTime lastSeenAt;
    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;
    @Column(name = "ack_comment")
    private String ackComment;
    @Column(name = "cleared_at")
    private LocalDateTime clearedAt;
    @Column(name = "cleared_by")
    private String clearedBy;
    @Column(name = "last_value")
    private double value;
    @Column(name = "peak_value")
    private double peakValue;
    private double threshold;
    @Column(nullable = false)
    private String message;
    private int occurrences;
    /** "machine:rule" ("machine:rule:code" for a controller alarm) while open, null once cleared; unique. */
    @Column(name = "open_key")
    private String openKey;
    @Embedded
    private NativeAlarm nativeAlarm;
    @Version
    private long version;
    /** The words and value (when not the last value) of the step just taken, for its history entry; not stored here. */
    @Transient
    private String eventMessage;
    @Transient
    private Double eventValue;

    protected Alert() {
    }

    /**
     * A new alert whose message ends with {@code explanation} (why a condition holds, or the engine's words for the
     * raise, {@link AlertMessages}); without one, with the words of {@link AlertMessages#raised} for the rule's count.
     */
    public Alert(int machineId, AlertRule rule, Severity severity, double value, LocalDateTime at, String explanation) {
        this.machineId = machineId;
        this.ruleId = rule.getId();
        this.type = rule.getMetric();
        this.severity = severity;
        this.state = AlertState.ACTIVE;
        this.raisedAt = at;
        this.lastSeenAt = at;
        this.value = value;
        this.peakValue = value;
        this.threshold = AlertMessages.threshold(rule, severity);
        String detail = explanation != null ? explanation
                : AlertMessages.raised(rule, severity, value, Math.max(1, rule.getConsecutiveCount()), null);
        this.message = AlertMessages.truncated(rule.getDescription() + ": " + detail);
        this.eventMessage = detail;
        this.occurrences = 1;
        this.openKey = openKey(machineId, rule.getId());
    }

    public static String openKey(int machineId, long ruleId) {
        return machineId + ":" + ruleId;
    }

    /** A controller's own alarm: open under a key of its own (one alert per machine and native code). */
    public void nativeAlarm(NativeAlarm alarm, String key) {
        this.nativeAlarm = alarm;
        this.openKey = key;
    }

    /**
     * Another reading still beyond the threshold, possibly at another severity, whose message then ends with
     * {@code explanation} (the engine's words for the escalation or de-escalation, or why a condition holds), without
     * one with where the value stands against the new severity's threshold ({@link AlertMessages#standing}).
     */
    public void seenAgain(AlertRule rule, Severity newSeverity, double newValue, LocalDateTime at, String explanation) {
        occurrences++;
        value = newValue;
        if (rule.beyond(newValue, peakValue)) {
            peakValue = newValue;
        }
        if (at.isAfter(lastSeenAt)) {
            lastSeenAt = at;
        }
        if (newSeverity != severity) {
            severity = newSeverity;
            threshold = AlertMessages.threshold(rule, newSeverity);
            String detail = explanation != null ? explanation : AlertMessages.standing(rule, newSeverity, newValue);
            message = AlertMessages.truncated(rule.getDescription() + ": " + detail);
            eventMessage = detail;
        }
    }

    public void acknowledge(String by, String comment, LocalDateTime at) {
        if (state == AlertState.ACTIVE) {
            state = AlertState.ACKNOWLEDGED;
            acknowledgedBy = by;
            acknowledgedAt = at;
            ackComment = comment;
            eventMessage = AlertMessages.acknowledged(by, comment, severity, value, type);
        }
    }

    /**
     * Cleared: by a person ({@code words} and {@code value} null: "cleared by alice while WARNING (last 80.1 °C)"), or
     * by the rule on a reading back inside, with the words of the step ({@link AlertMessages#cleared}) and that
     * reading's value for the history entry; the alert's last value stays the last one beyond.
     */
    public void clear(String by, LocalDateTime at, String words, Double value) {
        eventMessage = words != null ? words : AlertMessages.clearedBy(by, severity, this.value, type);
        eventValue = value;
        state = AlertState.CLEARED;
        clearedBy = by;
        clearedAt = at;
        openKey = null;
    }

    public boolean isOpen() {
        return state != AlertState.CLEARED;
    }

    public String getOpenKey() {
        return openKey;
    }

    /** The controller's code and severity of a controller alarm; null for other alerts. */
    public NativeAlarm getNativeAlarm() {
        return nativeAlarm;
    }

    public Long getId() {
        return id;
    }

    public int getMachineId() {
        return machineId;
    }

    public long getRuleId() {
        return ruleId;
    }

    public String getType() {
        return type;
    }

    public Severity getSeverity() {
        return severity;
    }

    public AlertState getState() {
        return state;
    }

    public LocalDateTime getRaisedAt() {
        return raisedAt;
    }

    public LocalDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    public LocalDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public String getAckComment() {
        return ackComment;
    }

    public LocalDateTime getClearedAt() {
        return clearedAt;
    }

    public String getClearedBy() {
        return clearedBy;
    }

    public double getValue() {
        return value;
    }

    public double getPeakValue() {
        return peakValue;
    }

    public double getThreshold() {
        return threshold;
    }

    public String getMessage() {
        return message;
    }

    public int getOccurrences() {
        return occurrences;
    }

    /** The value of the step just taken on this instance, for its history entry: the alert's last value but for a clear. */
    public double getEventValue() {
        return eventValue != null ? eventValue : value;
    }

    /** The words of the step just taken on this instance, for its history entry; null when none was taken here. */
    public String getEventMessage() {
        return eventMessage;
    }
}
