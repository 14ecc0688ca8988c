package io.cnctwin.alert.control;

import io.cnctwin.alert.boundary.AlertEngine;
import io.cnctwin.alert.boundary.AlertStore;
import io.cnctwin.alert.entity.Alert;
import io.cnctwin.alert.entity.AlertEvent;
import io.cnctwin.alert.entity.AlertRule;
import io.cnctwin.alert.entity.AlertTransition;
import io.cnctwin.alert.entity.AlertView;
import io.cnctwin.alert.entity.ControllerAlarm;
import io.cnctwin.alert.entity.NativeAlarm;
import io.cnctwin.alert.entity.Severity;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Event alerts in the database, each call one transaction: a machine's OFFLINE episode and its controller's alarms.
 * They follow the effective rule of their metric (fleet rule or the machine's override; none enabled: none raised),
 * keep at most one open alert per key, tell the engine (the machine's status counts them) and are pushed after commit.
 */
@Stateless
public class EventAlertWriter {

    @PersistenceContext
    EntityManager em;
    @Inject
    AlertStore store;
    @Inject
    AlertEngine engine;
    @Inject
    Event<AlertEvent> events;

    /** The machine is OFFLINE, silent for {@code minutes} since its last reading at {@code since} (data time). */
    public void offline(int machineId, double minutes, LocalDateTime since, String words) {
        AlertRule rule = rule(machineId, RuleMetrics.MACHINE_OFFLINE);
        Severity severity = rule == null ? null : OfflineSeverity.of(rule, minutes);
        List<Alert> open = store.openOf(machineId, RuleMetrics.MACHINE_OFFLINE);
        if (!open.isEmpty()) {
            Alert alert = open.get(0);
            if (severity != null && severity != alert.getSeverity()) {
                moved(alert, rule, severity, minutes, alert.getLastSeenAt(), words);
            }
        } else if (severity != null) {
            Alert alert = store.raise(machineId, rule, severity, minutes, since, words);
            engine.heldOpen(alert.getOpenKey(), severity);
            events.fire(new AlertEvent("raised", AlertView.of(alert)));
        }
    }

    /** The machine's readings came back: its OFFLINE alert, if open, clears at {@code at} (data time). */
    public void online(int machineId, LocalDateTime at, String words) {
        store.openOf(machineId, RuleMetrics.MACHINE_OFFLINE).forEach(alert -> cleared(alert, at, words));
    }

    /**
     * Makes the machine's open controller alarms exactly {@code active}: new codes raised, a changed level moves the
     * alert, codes no longer active cleared at {@code at}. Idempotent, so a restart may say the same again.
     */
    public void controllerAlarms(int machineId, List<ControllerAlarm> active, LocalDateTime at, String clearWords) {
        Map<String, Alert> open = new LinkedHashMap<>();
        store.openOf(machineId, RuleMetrics.CONTROLLER_ALARM).forEach(a -> open.put(code(a), a));
        AlertRule rule = rule(machineId, RuleMetrics.CONTROLLER_ALARM);
        for (ControllerAlarm alarm : ControllerAlarms.worstPerCode(active)) {
            Alert alert = open.remove(alarm.code());
            double value = alarm.fault() ? 2 : 1;
            if (alert != null && alert.getSeverity() != alarm.severity() && rule != null) {
                moved(alert, rule, alarm.severity(), value, alarm.at(), ControllerAlarms.words(alarm));
            } else if (alert == null && rule != null) {
                String key = Alert.openKey(machineId, rule.getId()) + ":" + alarm.code();
                Alert raised = store.raise(machineId, rule, alarm.severity(), value, alarm.at(),
                        ControllerAlarms.words(alarm), new NativeAlarm(alarm.code(), alarm.nativeSeverity()), key);
                engine.heldOpen(raised.getOpenKey(), alarm.severity());
                events.fire(new AlertEvent("raised", AlertView.of(raised)));
            }
        }
        open.values().forEach(alert -> cleared(alert, at, clearWords));
    }

    private static String code(Alert alert) {
        return alert.getNativeAlarm() == null ? null : alert.getNativeAlarm().getCode();
    }

    private void moved(Alert alert, AlertRule rule, Severity severity, double value, LocalDateTime at, String words) {
        Severity before = alert.getSeverity();
        alert.seenAgain(rule, severity, value, at, words);
        store.record(alert, severity.compareTo(before) > 0 ? AlertTransition.Kind.ESCALATED
                : AlertTransition.Kind.DEESCALATED, "system", at);
        engine.heldOpen(alert.getOpenKey(), severity);
        events.fire(new AlertEvent("updated", AlertView.of(alert)));
    }

    private void cleared(Alert alert, LocalDateTime at, String words) {
        String key = alert.getOpenKey();
        LocalDateTime when = at == null || at.isBefore(alert.getRaisedAt()) ? alert.getRaisedAt() : at;
        alert.clear("system", when, words, null);
        store.record(alert, AlertTransition.Kind.CLEARED, "system", when);
        engine.heldOpen(key, null);
        events.fire(new AlertEvent("cleared", AlertView.of(alert)));
    }

    /** The enabled rule of {@code metric} that applies to the machine, or null. */
    private AlertRule rule(int machineId, String metric) {
        List<AlertRule> enabled = em.createNamedQuery(AlertRule.ENABLED, AlertRule.class).getResultList();
        return EffectiveRules.of(machineId, enabled).stream().filter(r -> r.getMetric().equals(metric)).findFirst()
                .orElse(null);
    }
}
