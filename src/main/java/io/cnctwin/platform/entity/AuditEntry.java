package io.cnctwin.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Who did what to which thing, when (UTC). Written once, never changed. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    static final int MAX_DETAIL = 1000;
    static final int MAX_TARGET = 100;

    @Id
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private String action;
    @Column(nullable = false)
    private String target;
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime occurredAt, String actor, String action, String target, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.target = cut(target, MAX_TARGET);
        this.detail = cut(detail, MAX_DETAIL);
    }

    // an entry too long for its column must not fail the change it records
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
