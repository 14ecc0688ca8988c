package io.cnctwin.alert.control;

import io.cnctwin.alert.entity.Alert;
import io.cnctwin.alert.entity.AlertEvent;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.AlertView;
import io.cnctwin.alert.entity.Severity;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.telemetry.entity.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates the rules on each reading and keeps each (machine, rule) alert's lifecycle: raise after the consecutive
 * count, continue, escalate and de-escalate, clear after recovering by the hysteresis. At most one open alert per
 * (machine, rule): kept here, and enforced by the database's unique open key. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class AlertEngine {

    @PersistenceContext
    EntityManager em;

    private final Map<String, Condition> conditions = new ConcurrentHashMap<>();
    private final Map<String, Long> openAlerts = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    public synchronized List<AlertEvent> evaluate(Reading reading, Indicators indicators, Collection<AlertRule> rules) {
        loadOpenAlerts();
        List<AlertEvent> events = new ArrayList<>();
        for (AlertRule rule : effectiveRules(reading.machineId(), rules)) {
            double value = Metrics.value(rule.getMetric(), reading, indicators);
            String key = Alert.openKey(reading.machineId(), rule.getId());
            Condition condition = conditions.computeIfAbsent(key, k -> new Condition());
            Condition.Change change = condition.next(rule, value);
            AlertEvent event = apply(change, key, condition.openSeverity(), rule, reading, value);
            if (event != null) {
                events.add(event);
            }
        }
        return events;
    }

    /** The worst severity among this machine's open alerts, or null. */
    public synchronized Severity worstOpen(int machineId) {
        loadOpenAlerts();
        String prefix = machineId + ":";
        Severity worst = null;
        for (Map.Entry<String, Condition> entry : conditions.entrySet()) {
            Severity open = entry.getValue().openSeverity();
            if (entry.getKey().startsWith(prefix) && open != null && (worst == null || open.ordinal() > worst.ordinal())) {
                worst = open;
            }
        }
        return worst;
    }

    /** An operator cleared the alert: the next breach raises a new one. */
    public synchronized void clearedByHand(Alert alert) {
        String key = Alert.openKey(alert.getMachineId(), alert.getRuleId());
        openAlerts.remove(key);
        conditions.computeIfAbsent(key, k -> new Condition()).reset(null);
    }

    /** Forgets what is kept in memory (after a failed transaction, the database is the truth). */
    public synchronized void reload() {
        loaded = false;
    }

    private AlertEvent apply(Condition.Change change, String key, Severity severity, AlertRule rule, Reading reading, double value) {
        switch (change) {
            case RAISE -> {
                Alert alert = new Alert(reading.machineId(), rule, severity, value, reading.timestamp());
                em.persist(alert);
                em.flush();
                openAlerts.put(key, alert.getId());
                return new AlertEvent("raised", AlertView.of(alert));
            }
            case CONTINUE, ESCALATE, DEESCALATE -> {
                Alert alert = open(key);
                if (alert == null) {
                    return null;
                }
                alert.seenAgain(rule, severity, value, reading.timestamp());
                return change == Condition.Change.CONTINUE ? null : new AlertEvent("updated", AlertView.of(alert));
            }
            case CLEAR -> {
                Alert alert = open(key);
                openAlerts.remove(key);
                if (alert == null) {
                    return null;
                }
                alert.clear("system", reading.timestamp());
                return new AlertEvent("cleared", AlertView.of(alert));
            }
            default -> {
                return null;
            }
        }
    }

    private Alert open(String key) {
        Long id = openAlerts.get(key);
        Alert alert = id == null ? null : em.find(Alert.class, id);
        return alert != null && alert.isOpen() ? alert : null;
    }

    static List<AlertRule> effectiveRules(int machineId, Collection<AlertRule> rules) {
        Map<String, AlertRule> byMetric = new HashMap<>();
        for (AlertRule rule : rules) {
            if (rule.getMachineId() == null) {
                byMetric.putIfAbsent(rule.getMetric(), rule);
            }
        }
        for (AlertRule rule : rules) {
            if (rule.getMachineId() != null && rule.getMachineId() == machineId) {
                byMetric.put(rule.getMetric(), rule);
            }
        }
        // a disabled machine override silences the fleet rule for that machine
        return byMetric.values().stream().filter(AlertRule::isEnabled).toList();
    }

    private void loadOpenAlerts() {
        if (loaded) {
            return;
        }
        conditions.clear();
        openAlerts.clear();
        for (Alert alert : em.createNamedQuery(Alert.OPEN, Alert.class).getResultList()) {
            String key = Alert.openKey(alert.getMachineId(), alert.getRuleId());
            openAlerts.put(key, alert.getId());
            conditions.computeIfAbsent(key, k -> new Condition()).reset(alert.getSeverity());
        }
        loaded = true;
    }
}
