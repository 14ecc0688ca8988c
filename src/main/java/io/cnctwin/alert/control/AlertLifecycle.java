package io.cnctwin.alert.control;

import io.cnctwin.alert.boundary.AlertEngine;
import io.cnctwin.alert.boundary.AlertStore;
import io.cnctwin.alert.entity.Alert;
import io.cnctwin.alert.entity.AlertEvent;
import io.cnctwin.alert.entity.AlertState;
import io.cnctwin.alert.entity.AlertTransition;
import io.cnctwin.alert.entity.AlertView;
import io.cnctwin.alert.entity.Severity;
import io.cnctwin.platform.boundary.AuditLog;
import io.cnctwin.platform.boundary.PageCursor;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** What people do with alerts: find, acknowledge, clear. Each change is pushed after it commits. */
@Stateless
public class AlertLifecycle {

    @PersistenceContext
    EntityManager em;
    @Inject
    AlertEngine engine;
    @Inject
    AlertStore store;
    @Inject
    AuditLog audit;
    @Inject
    Event<AlertEvent> events;

    public Optional<Alert> find(long id) {
        return Optional.ofNullable(em.find(Alert.class, id));
    }

    public AlertView acknowledge(Alert alert, String by, String comment) {
        Alert managed = em.merge(alert);
        if (managed.getState() == AlertState.ACTIVE) {
            managed.acknowledge(by, comment, now());
            store.record(managed, AlertTransition.Kind.ACKNOWLEDGED, by, managed.getAcknowledgedAt());
            audit.record(by, "alert.acknowledged", "alert/" + managed.getId(), comment);
        }
        AlertView view = AlertView.of(managed);
        events.fire(new AlertEvent("acknowledged", view));
        return view;
    }

    public AlertView clear(Alert alert, String by) {
        Alert managed = em.merge(alert);
        String key = managed.getOpenKey();
        managed.clear(by, now(), null, null);
        store.record(managed, AlertTransition.Kind.CLEARED, by, managed.getClearedAt());
        audit.record(by, "alert.cleared", "alert/" + managed.getId(), managed.getMessage());
        em.flush();
        engine.clearedByHand(key);
        AlertView view = AlertView.of(managed);
        events.fire(new AlertEvent("cleared", view));
        return view;
    }

    /** The alert's history, oldest first. */
    public List<AlertTransition> history(long alertId) {
        return store.history(alertId);
    }

    /**
     * Alerts matching the filters, newest first (raisedAt, then id), strictly after {@code after} when given;
     * {@code open} means ACTIVE or ACKNOWLEDGED.
     */
    public List<Alert> search(AlertFilter filter, PageCursor after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM Alert a WHERE 1 = 1");
        if (filter.open()) {
            jpql.append(" AND a.state <> :cleared");
        } else if (filter.state() != null) {
            jpql.append(" AND a.state = :state");
        }
        if (filter.machineId() != null) {
            jpql.append(" AND a.machineId = :machine");
        }
        if (filter.severity() != null) {
            jpql.append(" AND a.severity = :severity");
        }
        if (filter.type() != null) {
            jpql.append(" AND a.type = :type");
        }
        if (after != null) {
            jpql.append(" AND (a.raisedAt < :at OR (a.raisedAt = :at AND a.id < :id))");
        }
        jpql.append(" AND a.raisedAt >= :from AND a.raisedAt < :to ORDER BY a.raisedAt DESC, a.id DESC");
        TypedQuery<Alert> query = em.createQuery(jpql.toString(), Alert.class)
                .setParameter("from", filter.from()).setParameter("to", filter.to());
        if (filter.open()) {
            query.setParameter("cleared", AlertState.CLEARED);
        } else if (filter.state() != null) {
            query.setParameter("state", filter.state());
        }
        if (filter.machineId() != null) {
            query.setParameter("machine", filter.machineId());
        }
        if (filter.severity() != null) {
            query.setParameter("severity", filter.severity());
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        if (after != null) {
            query.setParameter("at", after.at()).setParameter("id", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }

    /** Filters of an alert search; null means any. */
    public record AlertFilter(boolean open, AlertState state, Integer machineId, Severity severity, String type,
                              LocalDateTime from, LocalDateTime to) {
    }
}
