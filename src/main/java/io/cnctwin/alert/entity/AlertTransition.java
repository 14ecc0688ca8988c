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
import java.time.LocalDateTime;

/** One step in an alert's history (raised, escalated, de-escalated, acknowledged, cleared). Times UTC. */
@Entity
@Table(name = "alert_events")
@NamedQuery(name = AlertTransition.OF_ALERT,
        query = "SELECT t FROM AlertTransition t WHERE t.alertId = :alert ORDER BY t.occurredAt, t.id")
@NamedQuery(name = AlertTransition.UP_TO, query = "SELECT t FROM AlertTransition t WHERE t.alertId IN :alerts"
        + " AND t.occurredAt <= :at ORDER BY t.occurredAt, t.id")
public class AlertTransition {

    public static final String OF_ALERT = "AlertTransition.ofAlert";
    /** The history of some alerts up to an instant, oldest first. */
    public static final String UP_TO = "AlertTransition.upTo";

    /** What happened to the alert. */
    public enum Kind {
        RAISED, ESCALATED, DEESCALATED, ACKNOWLEDGED, CLEARED
    }

    @Id
    @SequenceGenerator(name = "alert_event_seq", sequenceName = "alert_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_event_seq")
    private Long id;
    @Column(name = "alert_id", nullable = false)
    private long alertId;
    @Column(name = "at", nullable = false)
    private LocalDateTime occurredAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind event;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;
    @Column(name = "metric_value")
    private double value;
    @Column(nullable = false)
    private String actor;
    /** What happened, in words (docs/alert-messages.md); null for steps stored before migration V8. */
    private String message;

    protected AlertTransition() {
    }

    /**
     * The alert as it is after the change: its severity, the value of the step (its last value; for a clear by the
     * rule, the reading back inside) and the words of the step ({@link Alert#getEventMessage}).
     */
    public AlertTransition(Alert alert, Kind event, String actor, LocalDateTime at) {
        this.alertId = alert.getId();
        this.occurredAt = at;
        this.event = event;
        this.severity = alert.getSeverity();
        this.value = alert.getEventValue();
        this.actor = actor;
        this.message = AlertMessages.truncated(alert.getEventMessage());
    }

    public long getAlertId() {
        return alertId;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public Kind getEvent() {
        return event;
    }

    public Severity getSeverity() {
        return severity;
    }

    public double getValue() {
        return value;
    }

    public String getActor() {
        return actor;
    }

    public String getMessage() {
        return message;
    }
}
