package io.cnctwin.alert.boundary;

import io.cnctwin.alert.entity.Alert;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.AlertTransition;
import io.cnctwin.alert.entity.NativeAlarm;
import io.cnctwin.alert.entity.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Alerts and their escalation history in the database; runs inside the caller's transaction. */
@ApplicationScoped
public class AlertStore {

    @PersistenceContext
    EntityManager em;

    /** A new alert, stored with its id and its first history entry; {@code explanation} (nullable) ends its message. */
    public Alert raise(int machineId, AlertRule rule, Severity severity, double value, LocalDateTime at,
                       String explanation) {
        Alert alert = new Alert(machineId, rule, severity, value, at, explanation);
        em.persist(alert);
        em.flush();
        record(alert, AlertTransition.Kind.RAISED, "system", at);
        return alert;
    }

    /** A new controller alarm, open under {@code key}: one alert per machine and native code. */
    public Alert raise(int machineId, AlertRule rule, Severity severity, double value, LocalDateTime at, String explanation,
                       NativeAlarm alarm, String key) {
        Alert alert = new Alert(machineId, rule, severity, value, at, explanation);
        alert.nativeAlarm(alarm, key);
        em.persist(alert);
        em.flush();
        record(alert, AlertTransition.Kind.RAISED, "system", at);
        return alert;
    }

    /** The open alerts of one machine of one type (rule metric). */
    public List<Alert> openOf(int machineId, String type) {
        return em.createQuery("SELECT a FROM Alert a WHERE a.machineId = :machine AND a.type = :type"
                + " AND a.state <> io.cnctwin.alert.entity.AlertState.CLEARED ORDER BY a.id", Alert.class)
                .setParameter("machine", machineId).setParameter("type", type).getResultList();
    }

    /** The alert with this id if it is still open, else null. */
    public Alert open(Long id) {
        Alert alert = id == null ? null : em.find(Alert.class, id);
        return alert != null && alert.isOpen() ? alert : null;
    }

    /** The open alert of this (machine, rule) key as the database has it now (another node may have raised it), or null. */
    public Alert openWithKey(String openKey) {
        return em.createQuery("SELECT a FROM Alert a WHERE a.openKey = :key", Alert.class).setParameter("key", openKey)
                .getResultStream().findFirst().orElse(null);
    }

    public List<Alert> allOpen() {
        return em.createNamedQuery(Alert.OPEN, Alert.class).getResultList();
    }

    /** How many alerts are open (active or acknowledged) per severity; a severity without any is 0. */
    public Map<Severity, Long> openBySeverity() {
        Map<Severity, Long> counts = new java.util.EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0L);
        }
        em.createNamedQuery(Alert.OPEN_BY_SEVERITY, Object[].class).getResultList()
                .forEach(row -> counts.put((Severity) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The machine's alerts open at {@code at} (raised at or before it, not cleared by then), oldest first. */
    public List<Alert> openAt(int machineId, LocalDateTime at) {
        return em.createNamedQuery(Alert.OPEN_AT, Alert.class).setParameter("machine", machineId)
                .setParameter("at", at).getResultList();
    }

    /**
     * The severity each alert had at {@code at}, from its history (escalations and de-escalations are stored at
     * data time); an alert without history up to then keeps its current severity.
     */
    public Map<Long, Severity> severitiesAt(List<Alert> alerts, LocalDateTime at) {
        Map<Long, Severity> severities = new HashMap<>();
        alerts.forEach(a -> severities.put(a.getId(), a.getSeverity()));
        if (alerts.isEmpty()) {
            return severities;
        }
        em.createNamedQuery(AlertTransition.UP_TO, AlertTransition.class)
                .setParameter("alerts", severities.keySet()).setParameter("at", at).getResultList()
                .forEach(t -> severities.put(t.getAlertId(), t.getSeverity()));
        return severities;
    }

    /** Adds a step to the alert's history, with its severity and value as they are now. */
    public void record(Alert alert, AlertTransition.Kind kind, String actor, LocalDateTime at) {
        em.persist(new AlertTransition(alert, kind, actor, at));
    }

    /** The alert's history, oldest first. */
    public List<AlertTransition> history(long alertId) {
        return em.createNamedQuery(AlertTransition.OF_ALERT, AlertTransition.class).setParameter("alert", alertId)
                .getResultList();
    }
}
