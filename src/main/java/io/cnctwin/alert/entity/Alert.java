package io.cnctwin.alert.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
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
    /** "machine:rule" while open, null once cleared; unique in the database. */
    @Column(name = "open_key")
    private String openKey;
    @Version
    private long version;
    /** The words of the step just taken (raise, escalation, ..., clear), for its history entry; not stored here. */
    @Transient
    private String eventMessage;
    /** The value of the step just taken when it is not the alert's last value (a clear's reading back inside). */
    @Transient
    private Double eventValue;

    static final int MAX_MESSAGE = 500;

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
        this.message = truncated(rule.getDescription() + ": " + detail);
        this.eventMessage = detail;
        this.occurrences = 1;
        this.openKey = openKey(machineId, rule.getId());
    }

    static String truncated(String message) {
        return message == null || message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE);
    }

    public static String openKey(int machineId, long ruleId) {
        return machineId + ":" + ruleId;
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
            message = truncated(rule.getDescription() + ": " + detail);
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
